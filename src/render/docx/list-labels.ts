import { expectedLabel, fromRoman, type LabelStyle } from '../../model/numbering.js';

/**
 * Paragraph numbers and subparagraph labels as Word numbering: which printed labels a Word list
 * can show ("(a)" … "(z)", "(aa)", "(i)", "(iv)", "1."), in what format and from what value.
 */
export type ListFormat = 'decimal' | 'lowerLetter' | 'upperLetter' | 'lowerRoman' | 'upperRoman';

/** Tried in this order where two formats read a run of labels equally far ("i" alone is a letter after "h", a numeral before "ii"). */
const FORMATS: readonly ListFormat[] = ['lowerLetter', 'lowerRoman', 'decimal', 'upperLetter', 'upperRoman'];

/** The numbering's own label style for each Word list format (one home for how labels are printed). */
const STYLE: Record<ListFormat, LabelStyle> = { decimal: 'digit', lowerLetter: 'letter', upperLetter: 'upper-letter', lowerRoman: 'roman', upperRoman: 'upper-roman' };

/** The label a Word list of this format prints for `value` (letters as Word repeats them: z, aa, bb). */
export function formatLabel(format: ListFormat, value: number): string {
  return expectedLabel(STYLE[format], value);
}

/** The value `label` stands for in `format`, where it is written exactly as Word would write it. */
export function labelValue(format: ListFormat, label: string): number | undefined {
  let value: number | undefined;
  if (format === 'decimal') value = /^[1-9]\d{0,3}$/.test(label) ? Number(label) : undefined;
  else if (format === 'lowerLetter' || format === 'upperLetter') {
    const match = (format === 'lowerLetter' ? /^([a-z])\1{0,3}$/ : /^([A-Z])\1{0,3}$/).exec(label);
    value = match ? match[1]!.toLowerCase().charCodeAt(0) - 96 + 26 * (label.length - 1) : undefined;
  } else {
    const lower = format === 'lowerRoman' ? label : label.toLowerCase();
    if ((format === 'lowerRoman' ? /^[ivxlcdm]+$/ : /^[IVXLCDM]+$/).test(label)) value = fromRoman(lower);
  }
  return value !== undefined && value > 0 && formatLabel(format, value) === label ? value : undefined;
}

/** Where a label stands in a Word list: its format, its value, and whether a new run of numbering starts at it. */
export interface ListPlace {
  format: ListFormat;
  value: number;
  startsRun: boolean;
}

/**
 * Reads a sequence of sibling labels as runs of Word numbering, greedily: each run is as long as
 * one format can read it on (a, b, c; i, ii, iii), a label no format can write ("a bis") or no
 * label at all ends it. Returns, per label, its place, or undefined where the label must be
 * written as text.
 */
export function listPlaces(labels: ReadonlyArray<string | undefined>): Array<ListPlace | undefined> {
  const places: Array<ListPlace | undefined> = [];
  let k = 0;
  while (k < labels.length) {
    const first = labels[k];
    let best: { format: ListFormat; length: number; value: number } | undefined;
    for (const format of FORMATS) {
      const value = first === undefined ? undefined : labelValue(format, first);
      if (value === undefined) continue;
      let length = 1;
      while (k + length < labels.length && labels[k + length] !== undefined && labelValue(format, labels[k + length]!) === value + length) length++;
      if (!best || length > best.length) best = { format, length, value };
    }
    if (!best) {
      places.push(undefined);
      k++;
      continue;
    }
    for (let i = 0; i < best.length; i++) places.push({ format: best.format, value: best.value + i, startsRun: i === 0 });
    k += best.length;
  }
  return places;
}
