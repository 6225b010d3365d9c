import { FIGURE, readFigure } from './ocr-figures.js';

/**
 * What may be a paragraph number at the start of a line, as OCR leaves it: "5.", "S." (for 5),
 * "ll." (for 11), "1," (for 1.), "16. |" and "24. ~—" (a mark after the number), "2 Requests"
 * (the full stop lost). Whether it is one depends on the numbering around it: see
 * `readParagraphNumbers`.
 */
export interface NumberCandidate {
  value: number;
  /** The number as printed, with its punctuation and any mark after it: "S.", "16. |". */
  printed: string;
  /** Printed as a paragraph number is: digits and a full stop, nothing after. */
  clean: boolean;
  /** A look-alike was read as a digit ("S", "l"). */
  misread: boolean;
  /** A mark stands after the number ("|", "~—", "_"). */
  marked: boolean;
  /** "1)": the numbering of a word processor's list. */
  listStyle: boolean;
  /** Length of the prefix, with the space after it. */
  length: number;
}

/** The words after a number open with a capital, a quotation mark or bracket, or an ellipsis (a fragment of a paragraph). */
const CANDIDATE = new RegExp(`^(${FIGURE}{1,3})[ \\t]*([.,:;)]?)((?:[ \\t]*[|~—–_»«•*]+)*)[ \\t]+(?=["“'‘(\\p{Lu}…]|\\.\\.\\.)`, 'u');

export function numberCandidate(line: string): NumberCandidate | undefined {
  const match = CANDIDATE.exec(line);
  if (!match) return undefined;
  const [, token, punctuation, marks] = match;
  const figure = readFigure(token!);
  if (!figure || figure.value === 0) return undefined;
  // A lone capital or a word ("I", "S", "Is") is a word unless punctuation follows it.
  if (!/[0-9]/.test(token!) && punctuation === '') return undefined;
  // "745 (1992) of 28 February 1992": a resolution cited at the start of a line, not a paragraph number.
  if (punctuation === '' && /^\(\s*\d{4}\s*\)/.test(line.slice(match[0].length))) return undefined;
  const marked = marks!.trim() !== '';
  const printed = `${token}${punctuation}${marks}`.trimEnd();
  return {
    value: figure.value,
    printed,
    clean: !figure.misread && punctuation === '.' && !marked,
    misread: figure.misread,
    marked,
    listStyle: punctuation === ')',
    length: match[0].length,
  };
}
