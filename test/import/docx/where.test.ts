import { describe, expect, it } from 'vitest';
import { countDiagnostics, formatGithub, formatText } from '../../../src/cli/format/diagnostics.js';
import { diagnostic, type Diagnostic } from '../../../src/load/diagnostic.js';

const AT_PARAGRAPH: Diagnostic = { ...diagnostic('draft.docx', { line: 14, col: 1 }, 'warning', 'docx-tracked-change', 'a pending change'), where: 'paragraph 14, "Decides that all States …"' };

describe('a diagnostic on a binary input names its place in words', () => {
  it('text: the place stands instead of line:col', () => {
    const text = formatText([AT_PARAGRAPH], countDiagnostics(1, [AT_PARAGRAPH]), false);
    expect(text.split('\n')[0]).toBe('draft.docx (paragraph 14, "Decides that all States …")  warning  a pending change  [docx-tracked-change]');
  });

  it('text: a diagnostic without one keeps file:line:col', () => {
    const plain = diagnostic('a.txt', { line: 3, col: 7 }, 'error', 'x', 'y');
    expect(formatText([plain], countDiagnostics(1, [plain]), false)).toMatch(/^a\.txt:3:7 {2}error/);
  });

  it('GitHub: the place opens the message', () => {
    expect(formatGithub([AT_PARAGRAPH], countDiagnostics(1, [AT_PARAGRAPH]))).toContain('::paragraph 14, "Decides that all States …": a pending change');
  });
});
