import type { Reader } from './reading.js';

/** A committee of the Council, not an ad hoc committee sent to assess a situation, nor a commission. */
const ESTABLISHES = /(?<=\bto\s+)(?:establish|set\s+up|create)\b(?=[^;]*?(?<!\bad\s+hoc\s+)\bCommittee\b)/i;

/** "Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council …". */
export const readEstablishCommittee: Reader = ({ chapeau, opening }) => {
  const match = ESTABLISHES.exec(chapeau);
  if (!match || !opening?.binding) return [];
  return [{ effect: { action: 'establish-committee' }, cue: { offset: match.index, wording: match[0] } }];
};
