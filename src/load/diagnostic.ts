/** A problem found in an input file, located at a line and column (both 1-based). */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Stable, documented code: `unknown-property`, `duplicate-id` … (see docs/diagnostics.md). */
  code: string;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it, where there is something to say. */
  hint?: string;
  /**
   * For a binary input (a Word file, a PDF), where the problem is in words a person can find,
   * shown instead of line:col: 'paragraph 14, "Decides that all States …"', 'page 3'.
   * `line` and `col` then count in the reader's own units (paragraphs, pages).
   */
  where?: string;
}

export function diagnostic(
  file: string,
  position: { line: number; col: number },
  severity: Severity,
  code: string,
  message: string,
  hint?: string,
): Diagnostic {
  return hint === undefined
    ? { file, line: position.line, col: position.col, severity, code, message }
    : { file, line: position.line, col: position.col, severity, code, message, hint };
}

export const START_OF_FILE = { line: 1, col: 1 } as const;

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}

export function hasErrors(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}
