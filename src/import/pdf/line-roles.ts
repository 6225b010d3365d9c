import { ImportReport } from '../located-input.js';
import { removePageFurniture } from '../page-furniture.js';
import type { BodyGeometry } from './page-geometry.js';
import type { PdfPage } from './pdf-item.js';
import type { PdfLine } from './pdf-line.js';

/** What a line of a PDF page is: running text, page furniture (running header or footer, job number, bar code, page number), or part of a footnote. */
export type LineRole = { kind: 'body' } | { kind: 'furniture'; what: string } | { kind: 'footnote' };

/** Running headers and footers stand in the top or bottom fifth of the page. */
const BAND = 0.2;
/** Footnotes are set smaller than the text: at most this share of its size. */
const FOOTNOTE_SIZE = 0.92;
/** A footnote marker opening a line: "1 See …", "* Reissued …". */
const FOOTNOTE_START = /^(\d{1,3}|[*†‡])\s+\S/;

/** A line's text with its figures blanked: "2/8 17-23231" and "3/8 17-23231" are the same running footer. */
const shape = (line: PdfLine) => line.text.replace(/\d+/g, '#');

function band(line: PdfLine, page: PdfPage): 'top' | 'bottom' | undefined {
  if (line.y >= page.height * (1 - BAND)) return 'top';
  if (line.y <= page.height * BAND) return 'bottom';
  return undefined;
}

/** What the plain-text reader calls a line of page furniture ("a job number", "a bar code" …), if it takes the line for one. */
function furnitureName(line: PdfLine): string | undefined {
  const scratch = new ImportReport('');
  const { notes } = removePageFurniture([{ text: line.text, line: 1 }], scratch);
  if (notes.length === 0) return undefined;
  return /, is (.+), not part of any clause\.$/.exec(notes[0]!)?.[1] ?? 'page furniture';
}

/**
 * Lines printed at the same height on other pages, in the top or bottom band, with the same
 * words once figures are set aside: the running header and footer (symbol, page number, job number).
 */
function runningLines(pages: readonly PdfPage[], lines: ReadonlyArray<readonly PdfLine[]>): Map<PdfLine, string> {
  const seen = new Map<string, Array<{ page: number; y: number }>>();
  for (const [k, page] of pages.entries()) {
    for (const line of lines[k]!) {
      if (band(line, page) === undefined) continue;
      const key = shape(line);
      seen.set(key, [...(seen.get(key) ?? []), { page: page.number, y: line.y }]);
    }
  }
  const running = new Map<PdfLine, string>();
  for (const [k, page] of pages.entries()) {
    for (const line of lines[k]!) {
      const where = band(line, page);
      if (where === undefined) continue;
      const others = (seen.get(shape(line)) ?? []).filter((o) => o.page !== page.number && Math.abs(o.y - line.y) <= Math.max(2, line.size / 2));
      if (others.length > 0) running.set(line, `a running ${where === 'top' ? 'header' : 'footer'} (printed at the same place on ${others.length + 1} pages)`);
    }
  }
  return running;
}

/** The lines at the foot of a page that are footnotes: set smaller than the text, or after a gap and opening with a marker used in the text above. */
function footnoteLines(lines: readonly PdfLine[], geometry: BodyGeometry, markers: ReadonlySet<string>): PdfLine[] {
  let first = lines.length;
  while (first > 0 && lines[first - 1]!.size <= FOOTNOTE_SIZE * geometry.size) first--;
  if (first < lines.length && first > 0) return lines.slice(first);
  for (let k = lines.length - 1; k > 0; k--) {
    if (lines[k - 1]!.y - lines[k]!.y <= 1.6 * geometry.leading) continue;
    const opens = FOOTNOTE_START.exec(lines[k]!.text)?.[1] ?? (lines[k]!.markers[0]?.offset === 0 ? lines[k]!.markers[0]!.text : undefined);
    return opens !== undefined && markers.has(opens) ? lines.slice(k) : [];
  }
  return [];
}

/** Each line's role on its page: page furniture first (by repetition and by the plain-text reader's patterns), then footnotes at the foot of the page, the rest running text. */
export function lineRoles(pages: readonly PdfPage[], lines: ReadonlyArray<readonly PdfLine[]>, geometry: BodyGeometry): Map<PdfLine, LineRole> {
  const roles = new Map<PdfLine, LineRole>();
  const running = runningLines(pages, lines);
  for (const [k, page] of pages.entries()) {
    const rest: PdfLine[] = [];
    for (const line of lines[k]!) {
      const what = running.get(line) ?? (band(line, page) ? furnitureName(line) : undefined);
      if (what === undefined) rest.push(line);
      else roles.set(line, { kind: 'furniture', what });
    }
    const markers = new Set(rest.flatMap((line) => line.markers.filter((m) => m.offset > 0).map((m) => m.text)));
    const notes = new Set(footnoteLines(rest, geometry, markers));
    for (const line of rest) roles.set(line, notes.has(line) ? { kind: 'footnote' } : { kind: 'body' });
  }
  return roles;
}
