import type { Correction } from '../model/document.js';

/** Records on a clause a correction of what was printed. */
export function addCorrection(clause: { corrections?: Correction[] }, correction: Correction): void {
  clause.corrections = [...(clause.corrections ?? []), correction];
}
