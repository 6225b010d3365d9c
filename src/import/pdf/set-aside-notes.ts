import { diagnostic, type Diagnostic } from '../../load/diagnostic.js';
import type { SetAsideLine } from '../located-input.js';
import type { Footnote } from './footnotes.js';
import type { LineRole } from './line-roles.js';
import { atPdfLine, pdfPlace } from './pdf-place.js';
import type { PdfLine } from './pdf-line.js';

/** What the PDF reader kept out of the clauses itself, said three ways: in the document's notes, as located diagnostics, and as set-aside lines (`line`: the page). */
export interface SetAsideNotes {
  notes: string[];
  diagnostics: Diagnostic[];
  setAside: SetAsideLine[];
}

/** Where a footnote's marker stands in the running text: the line, and the words just before it. */
export interface MarkerPlace {
  line: PdfLine;
  offset: number;
  marker: string;
}

function before(line: PdfLine, offset: number): string {
  const words = line.text.slice(0, offset).trimEnd();
  return words.length <= 40 ? words : `…${words.slice(words.length - 40).replace(/^\S*\s/, '')}`;
}

/** The notes and diagnostics for the lines of page furniture: each is left out of the clauses and said where it stood. */
export function furnitureNotes(file: string, lines: ReadonlyArray<{ line: PdfLine; role: Extract<LineRole, { kind: 'furniture' }> }>): SetAsideNotes {
  const out: SetAsideNotes = { notes: [], diagnostics: [], setAside: [] };
  for (const { line, role } of lines) {
    out.notes.push(`Page ${line.page}, line ${line.index} of the PDF, "${line.text}", is ${role.what}, not part of any clause.`);
    out.diagnostics.push(atPdfLine(diagnostic(file, { line: 1, col: 1 }, 'info', 'import-page-furniture', `"${line.text}" is ${role.what}: it is left out of the clauses and kept in \`notes\``, 'if it is part of the text, put it back into the clause'), line));
    out.setAside.push({ line: line.page, text: line.text, kind: 'page-furniture' });
  }
  return out;
}

/** The notes and diagnostics for footnotes: each kept in `notes` with its marker and where the marker stands in the text. */
export function footnoteNotes(file: string, footnotes: readonly Footnote[], markers: readonly MarkerPlace[]): SetAsideNotes {
  const out: SetAsideNotes = { notes: [], diagnostics: [], setAside: [] };
  const unused = [...markers];
  for (const note of footnotes) {
    const first = note.lines[0]!;
    const k = unused.findIndex((m) => m.marker === note.marker && m.line.page <= first.page);
    const mark = k >= 0 ? unused.splice(k, 1)[0] : undefined;
    const at = mark ? ` Its marker stands after "${before(mark.line, mark.offset)}" (page ${mark.line.page}, line ${mark.line.index}).` : '';
    const named = note.marker ? `Footnote ${note.marker}` : 'A footnote';
    out.notes.push(`${named} of the source, at the foot of page ${first.page}: "${note.text}"${at}`);
    out.diagnostics.push(atPdfLine(diagnostic(file, { line: 1, col: 1 }, 'info', 'import-footnote', `read as a footnote and kept in \`notes\`: "${note.text}"`), first));
    for (const line of note.lines) out.setAside.push({ line: line.page, text: line.text, kind: 'footnote' });
  }
  for (const mark of unused) {
    out.diagnostics.push(atPdfLine(diagnostic(file, { line: 1, col: 1 }, 'warning', 'import-footnote-marker', `the footnote marker "${mark.marker}" after "${before(mark.line, mark.offset)}" has no footnote at the foot of the page: it was taken out of the text`, `find the footnote (${pdfPlace(mark.line, mark.offset)}) and add it to \`notes\``), mark.line, mark.offset));
  }
  return out;
}
