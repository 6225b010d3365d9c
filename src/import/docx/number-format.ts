/** Roman numerals as Word prints them (lowerRoman/upperRoman). */
function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const digits: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, letters] of digits) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Letters as Word prints them: a … z, then aa … zz, aaa … (the letter repeated, not carried). */
function letter(n: number): string {
  if (n <= 0) return String(n);
  const repeat = Math.floor((n - 1) / 26) + 1;
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(repeat);
}

const ORDINAL_SUFFIX = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

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
      return `${n}${ORDINAL_SUFFIX(n)}`;
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
