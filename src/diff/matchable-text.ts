import { comparisonForm } from './comparison-form.js';
import { CJK } from './tokenize.js';

const SPACE_BY_CJK = new RegExp(` (?=${CJK.source})|(?<=${CJK.source}) `, 'gu');

/**
 * Text reduced for matching words and formulas: its comparison form (composed Unicode, no
 * invisible characters), lower case, one space for any whitespace and none next to a Chinese
 * character (where it can only be a line wrap), without Arabic vowel marks or the tatweel
 * (which do not change a word).
 */
export function matchableText(text: string): string {
  return comparisonForm(text).toLowerCase().replace(/[\p{M}\u0640]/gu, '').replace(/\s+/g, ' ').replace(SPACE_BY_CJK, '').trim();
}
