const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/** The value of a lower-case Roman numeral read greedily ("xiv" → 14); undefined where a letter is not a numeral. Callers that need the canonical form check `toRoman(value) === label`. */
export function fromRoman(label: string): number | undefined {
  let n = 0;
  for (let rest = label; rest !== ''; ) {
    const pair = ROMAN.find(([, numeral]) => rest.startsWith(numeral));
    if (!pair) return undefined;
    n += pair[0];
    rest = rest.slice(pair[1].length);
  }
  return n;
}

/** a, b … z, aa, bb … as the UN letters subparagraphs past (z). */
export function toLetter(n: number): string {
  const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * How a run of subparagraphs is labelled: (a) (b), (i) (ii), and where a text prints them so,
 * (1) (2), (A) (B), (I) (II). Labels are kept as printed: a list numbered (1) … (9) is not
 * relettered.
 */
export type LabelStyle = 'letter' | 'roman' | 'digit' | 'upper-letter' | 'upper-roman';

/** The label the n-th (1-based) entry of a run of subparagraphs of this style should carry. */
export function expectedLabel(style: LabelStyle, n: number): string {
  switch (style) {
    case 'roman':
      return toRoman(n);
    case 'digit':
      return String(n);
    case 'upper-letter':
      return toLetter(n).toUpperCase();
    case 'upper-roman':
      return toRoman(n).toUpperCase();
    default:
      return toLetter(n);
  }
}

/** A run's style, set by its first label: "i" starts a roman run, "1" a numbered one, "A" and "I" their capital forms, anything else a lettered one. */
export function styleOf(firstLabel: string): LabelStyle {
  if (/^[0-9]+$/.test(firstLabel)) return 'digit';
  if (firstLabel === 'I') return 'upper-roman';
  if (/^[A-Z]+$/.test(firstLabel)) return 'upper-letter';
  return firstLabel === 'i' ? 'roman' : 'letter';
}
