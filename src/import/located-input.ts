/** What an import reads and reports against: the input's lines with their places, text joined from them, and the doubts found. */
import { diagnostic, type Diagnostic, type Severity } from '../load/diagnostic.js';
import type { Position } from '../model/location.js';

/** One line of the input, with its 1-based line number in the file as given. */
export interface SourceLine {
  text: string;
  line: number;
  /**
   * The 1-based column in the input of each character of `text`, where reading the line moved
   * characters (an invisible character removed, Markdown markup left out); else character k
   * stands in column k + 1.
   */
  columns?: number[];
}

/** Where in the input character `index` of a line's text stands (past its end: as far beyond its last character). */
export function columnOf(line: SourceLine, index: number): number {
  const columns = line.columns;
  if (!columns || columns.length === 0) return index + 1;
  return index < columns.length ? columns[Math.max(0, index)]! : columns.at(-1)! + index - columns.length + 1;
}

/** Why an input line stands in no clause. */
export type SetAsideKind = 'header' | 'opening' | 'vote' | 'footnote' | 'page-number' | 'page-furniture' | 'trailing-text' | 'orphan-heading';

/** An input line that import kept out of every clause's text, and why: each is also said in `notes`, the document's facts or a diagnostic. */
export interface SetAsideLine {
  line: number;
  text: string;
  kind: SetAsideKind;
}

/** Collects the doubts of one import, each located at a line (and column) of the input, and the lines it kept out of the clauses. */
export class ImportReport {
  readonly diagnostics: Diagnostic[] = [];
  readonly setAside: SetAsideLine[] = [];

  constructor(readonly file: string) {}

  add(at: number | Position, severity: Severity, code: string, message: string, hint?: string, col = 1): void {
    this.diagnostics.push(diagnostic(this.file, typeof at === 'number' ? { line: at, col } : at, severity, code, message, hint));
  }

  /** Records input lines kept out of every clause's text. */
  setLinesAside(lines: readonly SourceLine[], kind: SetAsideKind): void {
    for (const line of lines) if (line.text.trim() !== '') this.setAside.push({ line: line.line, text: line.text, kind });
  }
}

/** Text joined from one or more input lines, with where each line's part of it stands in the input. */
export interface LocatedText {
  text: string;
  /** In order: from offset `start` of `text` on, the words of `line` from its character `from`. */
  parts: Array<{ start: number; from: number; line: SourceLine }>;
}

/** The input line and column of an offset in located text. */
export function positionAt(located: LocatedText, offset: number): Position {
  const { parts } = located;
  let k = 0;
  while (k + 1 < parts.length && parts[k + 1]!.start <= offset) k++;
  const part = parts[k];
  if (!part) return { line: 1, col: 1 };
  return { line: part.line.line, col: columnOf(part.line, part.from + offset - part.start) };
}

/** The located text from `offset` on, without the spaces that open it. */
export function locatedFrom(located: LocatedText, offset: number): LocatedText {
  const rest = located.text.slice(offset);
  const start = offset + rest.length - rest.trimStart().length;
  const parts = located.parts.flatMap((part, k) => {
    const next = located.parts[k + 1];
    if (next !== undefined && next.start <= start) return [];
    return [part.start >= start ? { ...part, start: part.start - start } : { ...part, start: 0, from: part.from + start - part.start }];
  });
  return { text: located.text.slice(start), parts };
}
