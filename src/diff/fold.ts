import { CJK } from './tokenize.js';

const SPACE_BY_CJK = new RegExp(` (?=${CJK.source})|(?<=${CJK.source}) `, 'gu');

/**
 * Text reduced for matching words and formulas: composed Unicode, lower case, one space for
 * any whitespace and none next to a Chinese character (where it can only be a line wrap),
 * without Arabic vowel marks or the tatweel (which do not change a word).
 */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\p{M}\u0640]/gu, '').replace(/\s+/g, ' ').replace(SPACE_BY_CJK, '').trim();
}
