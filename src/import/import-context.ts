import { diagnostic, type Diagnostic, type Severity } from '../load/diagnostic.js';

/** One line of the input, with its 1-based line number in the file as given. */
export interface SourceLine {
  text: string;
  line: number;
}

/** Collects the doubts of one import, each located at a line (and column) of the input. */
export class ImportReport {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  add(at: number | { line: number; col: number }, severity: Severity, code: string, message: string, hint?: string, col = 1): void {
    const line = typeof at === 'number' ? at : at.line;
    if (typeof at !== 'number') col = at.col;
    this.diagnostics.push(diagnostic(this.file, { line, col }, severity, code, message, hint));
  }
}

/** Text made of several input lines, with the input line of every offset. */
export interface LocatedText {
  text: string;
  /** `starts[k]` is the offset at which the text of input line `lines[k]` begins. */
  starts: number[];
  lines: number[];
}

/** The input line and column of an offset in joined text (columns count from the trimmed line; `skip` is what was cut from the first). */
export function positionAt(located: LocatedText & { skip?: number }, offset: number): { line: number; col: number } {
  let k = 0;
  while (k + 1 < located.starts.length && located.starts[k + 1]! <= offset) k++;
  return { line: located.lines[k] ?? located.lines[0] ?? 1, col: offset - (located.starts[k] ?? 0) + 1 + (k === 0 ? (located.skip ?? 0) : 0) };
}
