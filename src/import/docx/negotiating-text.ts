import type { ResolutionDocument } from '../../model/document.js';

/**
 * Makes the document a negotiating text once tracked changes were written as brackets: an
 * adopted resolution carries no negotiation brackets, so a marked-up copy of one becomes a
 * draft (status circulated) that says, in its notes, which resolution it was made from.
 * Returns the symbol it was made from, or undefined where it was a draft already.
 */
export function asNegotiatingText(document: ResolutionDocument): string | undefined {
  if (document.kind !== 'resolution') return undefined;
  const from = document.symbol ?? 'a resolution';
  document.kind = 'draft';
  document.status = 'circulated';
  delete document.symbol;
  delete document.number;
  delete document.year;
  (document.notes ??= []).push(`Made by bluedraft from a copy of ${from} marked up with Word's tracked changes, each written as a negotiation bracket: a negotiating text, not the adopted resolution.`);
  return from;
}
