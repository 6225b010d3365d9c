import type { SourceLine } from '../located-input.js';
import { numberStart } from '../patterns.js';
import type { BodyGeometry } from './page-geometry.js';
import type { PdfLine } from './pdf-line.js';

/** A gap between lines wider than this many leadings ends a paragraph. */
const PARAGRAPH_GAP = 1.35;

/** The running text as the plain-text reader takes it: one source line per PDF line, and a blank line wherever a paragraph ends; `placeOf` gives the PDF line behind each source line. */
export interface BodySource {
  lines: SourceLine[];
  placeOf: Map<number, PdfLine>;
}

/**
 * Whether the first line of a page goes on with the paragraph the page before ended with: it
 * starts at the text's left margin, as a paragraph's later lines do, and opens no numbered
 * paragraph. A first line indented, or a paragraph number in the margin, starts a new paragraph.
 */
function continuesAcrossPages(line: PdfLine, geometry: BodyGeometry): boolean {
  return geometry.margins.some((margin) => Math.abs(line.x - margin) <= Math.max(1.5, geometry.size / 6)) && numberStart(line.text) === undefined;
}

/** Lays the body lines of every page end to end, with a blank line at each paragraph break the layout shows (a wider gap, or a page break before a new paragraph). */
export function bodyLines(pages: ReadonlyArray<readonly PdfLine[]>, geometry: BodyGeometry): BodySource {
  const lines: SourceLine[] = [];
  const placeOf = new Map<number, PdfLine>();
  let previous: PdfLine | undefined;
  for (const page of pages) {
    for (const line of page) {
      const breaks = previous !== undefined && (previous.page !== line.page ? !continuesAcrossPages(line, geometry) : previous.y - line.y > PARAGRAPH_GAP * geometry.leading);
      if (breaks) lines.push({ text: '', line: lines.length + 1 });
      lines.push({ text: line.text, line: lines.length + 1 });
      placeOf.set(lines.length, line);
      previous = line;
    }
  }
  return { lines, placeOf };
}
