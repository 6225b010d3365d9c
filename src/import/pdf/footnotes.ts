import { joinLines } from '../../text/join-lines.js';
import type { PdfLine } from './pdf-line.js';

/** A footnote as printed at the foot of a page: its marker, its words, and the lines it takes. */
export interface Footnote {
  marker?: string;
  text: string;
  lines: PdfLine[];
}

const OPENING_MARKER = /^(\d{1,3}|[*†‡])\s+/;

/** The marker a footnote line opens with: set raised at its start, or printed before its words. */
function openingMarker(line: PdfLine): { marker: string; text: string } | undefined {
  const raised = line.markers[0];
  if (raised && raised.offset === 0) return { marker: raised.text, text: line.text };
  const printed = OPENING_MARKER.exec(line.text);
  return printed ? { marker: printed[1]!, text: line.text.slice(printed[0].length) } : undefined;
}

/** The footnotes of one page, from its footnote lines: a line that opens with a marker starts a footnote, the lines after it continue it. */
export function readFootnotes(lines: readonly PdfLine[]): Footnote[] {
  const notes: Array<{ marker?: string; texts: string[]; lines: PdfLine[] }> = [];
  for (const line of lines) {
    const opening = openingMarker(line);
    const current = notes.at(-1);
    if (opening || !current) notes.push(opening ? { marker: opening.marker, texts: [opening.text], lines: [line] } : { texts: [line.text], lines: [line] });
    else {
      current.texts.push(line.text);
      current.lines.push(line);
    }
  }
  return notes.map((note) => ({ ...(note.marker ? { marker: note.marker } : {}), text: joinLines(note.texts).text, lines: note.lines }));
}
