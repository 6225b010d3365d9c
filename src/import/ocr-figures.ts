/**
 * Figures and month names as OCR prints them: "l9" for "19", "298Ist" for "2981st", "3O" for
 * "30", "Apri]" for "April". Each reader gives the value and says whether it read a figure
 * otherwise than printed, so that the reader of the import can be told.
 */

/** Characters OCR prints for digits: l, I, L, | and ] for 1, O and o for 0, S for 5, B for 8. */
const DIGIT_LOOKALIKES: Record<string, string> = { l: '1', I: '1', L: '1', '|': '1', ']': '1', i: '1', O: '0', o: '0', S: '5', B: '8' };

/** A character that stands for a digit: a digit or a look-alike. */
export const FIGURE = '[0-9lIL|\\]iOoSB]';
/** A whole token of figures. */
const FIGURES = new RegExp(`^${FIGURE}+$`);

export interface Figure {
  value: number;
  /** The token as printed. */
  printed: string;
  /** Whether a look-alike was read as a digit. */
  misread: boolean;
}

/** Reads a token of digits and look-alikes ("l9", "298I", "ll"); undefined where it is not one. Whether it stands for a number depends on where it stands: the caller says. */
export function readFigure(printed: string): Figure | undefined {
  if (!FIGURES.test(printed)) return undefined;
  const digits = [...printed].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('');
  return { value: Number(digits), printed, misread: digits !== printed };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Letters OCR prints for others in a month's name: "Apri]", "0ctober", "Ju1y". */
const LETTER_LOOKALIKES: Record<string, string> = { ']': 'l', '1': 'l', '|': 'l', I: 'l', '0': 'o', '5': 's', '8': 'b', rn: 'm' };

/** The month (1–12) a word names, read through OCR look-alikes; `misread` where one was needed. */
export function readMonth(printed: string): { month: number; misread: boolean } | undefined {
  const exact = MONTHS.indexOf(printed.toLowerCase());
  if (exact >= 0) return { month: exact + 1, misread: false };
  const fixed = printed.replace(/rn/g, 'm').split('').map((c) => LETTER_LOOKALIKES[c] ?? c).join('').toLowerCase();
  const month = MONTHS.indexOf(fixed);
  return month >= 0 ? { month: month + 1, misread: true } : undefined;
}
