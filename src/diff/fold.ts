/**
 * Text reduced for matching words and formulas: composed Unicode, lower case, one space for
 * any whitespace, without Arabic vowel marks or the tatweel (which do not change a word).
 */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\p{M}\u0640]/gu, '').replace(/\s+/g, ' ');
}
