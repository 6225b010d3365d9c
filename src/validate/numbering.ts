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

/** a, b … z, aa, bb … as the UN letters subparagraphs past (z). */
export function toLetter(n: number): string {
  const letter = String.fromCharCode(96 + (((n - 1) % 26) + 1));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export type LabelStyle = 'letter' | 'roman';

/**
 * The label the n-th (1-based) entry of a run of subparagraphs should carry. A run's style
 * is set by its first label: "i" starts a roman run, anything else a lettered one.
 */
export function expectedLabel(style: LabelStyle, n: number): string {
  return style === 'roman' ? toRoman(n) : toLetter(n);
}

export function styleOf(firstLabel: string): LabelStyle {
  return firstLabel === 'i' ? 'roman' : 'letter';
}
