import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDiagnostics, formatGithub, formatText } from '../../../src/cli/format/diagnostics.js';
import { diagnostic, type Diagnostic } from '../../../src/load/diagnostic.js';
import { runCli } from '../../support/run-cli.js';
import { buildDocx, HEADER, p } from './build-docx.js';

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

describe('import of a Word file that does not validate', () => {
  it("names the Word paragraph a clause came from, not a line (its number is the paragraph's)", async () => {
    // The text prints paragraph 2 twice: kept as printed, the numbering cannot validate.
    const body = [HEADER, p('1. Decides one thing;'), p('2. Decides another;'), p('2. Decides a third;'), p('Adopted unanimously at the 9999th meeting.')].join('');
    const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-docx-where-'));
    writeFileSync(path.join(folder, 'draft.docx'), buildDocx({ body }));
    const run = await runCli(['import', 'draft.docx', '-o', 'out.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the file written does not validate/);
    expect(run.stderr).toContain('comes from draft.docx (paragraph 7, "2. Decides a third;")');
    expect(run.stderr).not.toMatch(/comes from draft\.docx:\d/);
  });
});
