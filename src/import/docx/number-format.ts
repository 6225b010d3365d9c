import { toLetter, toRoman } from '../../model/numbering.js';
import { ordinal } from '../../text/ordinal.js';

/** Roman numerals as Word prints them (lowerRoman/upperRoman): none for 0, negatives or 4000 and above. */
function roman(n: number): string {
  return n <= 0 || n >= 4000 ? String(n) : toRoman(n).toUpperCase();
}

/** Letters as Word prints them: a … z, then aa … zz, aaa … (the letter repeated, not carried). */
function letter(n: number): string {
  return n <= 0 ? String(n) : toLetter(n);
}

/** The formats read; any other is printed as a decimal number, and said. */
export const KNOWN_FORMATS = new Set(['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'ordinal', 'bullet', 'none', 'decimalEnclosedParen', 'decimalEnclosedFullstop']);

/** A level's counter as Word prints it in w:numFmt `format`. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'ordinal':
      return ordinal(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'none':
      return '';
    default:
      return String(n);
  }
}
