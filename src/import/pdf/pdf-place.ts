import type { Diagnostic } from '../../load/diagnostic.js';
import type { PdfLine } from './pdf-line.js';

/** How many characters of a line a place quotes. */
const QUOTED = 40;

/** Fewer characters than this from the place to the line's end are quoted with the words before them. */
const SHORT = 20;

/**
 * The words a person finds on the page: the line's text from the word `offset` falls in, cut at
 * a word after a few words; near the line's end (a divided word, a last comma), the words that
 * lead up to it instead: "…of all refined compre-".
 */
function quoted(text: string, offset: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, Math.min(offset, text.length) - 1)) + 1);
  if (text.length - start < SHORT && text.length > QUOTED) {
    const from = text.indexOf(' ', text.length - QUOTED);
    return `…${text.slice(from + 1)}`;
  }
  const rest = text.slice(start);
  if (rest.length <= QUOTED) return rest;
  const cut = rest.lastIndexOf(' ', QUOTED);
  return `${rest.slice(0, cut > 10 ? cut : QUOTED)} …`;
}

/** Where words stand in a PDF, as a person finds them: 'page 3, line 12, "Decides that all States …"'. */
export function pdfPlace(line: PdfLine, offset = 0): string {
  return `page ${line.page}, line ${line.index}, "${quoted(line.text, offset)}"`;
}

/** A diagnostic placed in the PDF: `line` and `col` count the page and the line on it, `where` quotes the words. */
export function atPdfLine<T extends Diagnostic>(found: T, line: PdfLine, offset = 0): T {
  return { ...found, line: line.page, col: line.index, where: pdfPlace(line, offset) };
}

/**
 * The plain-text reader's diagnostics, each moved from the line of the text it was given to the
 * page and line of the PDF the words stand on; one about a blank line (a paragraph break) goes to
 * the next line of text, one about the whole text to the first.
 */
export function locateInPdf(found: readonly Diagnostic[], places: ReadonlyMap<number, PdfLine>): Diagnostic[] {
  const numbers = [...places.keys()].sort((a, b) => a - b);
  return found.map((d) => {
    const at = places.get(d.line) ?? places.get(numbers.find((n) => n >= d.line) ?? numbers.at(-1) ?? 0);
    return at === undefined ? d : atPdfLine(d, at, places.has(d.line) ? d.col - 1 : 0);
  });
}
