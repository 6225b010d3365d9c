import { mkdtemp, mkdir, symlink, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, runCli, runInstalled, STACK_TRACE } from '../support/run-cli.js';

const FIXTURES = path.resolve('test/fixtures/bad-input');
interface Located {
  code: string;
  line: number;
  col: number;
}
/**
 * Per fixture, the error it is about and, in `also`, every other problem it reports: together,
 * all that the run says about the file (a schema error and the problems of meaning elsewhere in
 * the same file are reported in one run; nothing that merely follows from the schema error is).
 */
const expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, Located & { also?: Located[] }>;
const byPosition = (a: Located, b: Located) => a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);

interface JsonReport {
  version: number;
  summary: { files: number; errors: number; warnings: number; infos: number };
  diagnostics: Array<{ file: string; line: number; col: number; severity: string; code: string; message: string; hint?: string }>;
}

let emptyCorpus: string;
beforeAll(async () => {
  emptyCorpus = await mkdtemp(path.join(tmpdir(), 'bluedraft-empty-'));
  await writeFile(path.join(emptyCorpus, 'README.txt'), 'no resolutions here');
});

async function validateJson(target: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const run = await runCli(['validate', '--corpus', emptyCorpus, '--format', 'json', target]);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

describe('every bad-input fixture gets its located diagnostic', () => {
  it('has at least 30 fixtures, each with an expectation', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(30);
  });

  for (const [file, want] of Object.entries(expected)) {
    const others = (want.also ?? []).map((d) => ` + ${d.code} at ${d.line}:${d.col}`).join('');
    it(`${file}: ${want.code} at ${want.line}:${want.col}${others}, nothing else`, async () => {
      const { code, report, stderr } = await validateJson(path.join(FIXTURES, file));
      expect(code).toBe(1);
      expect(stderr).not.toMatch(STACK_TRACE);
      expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: want.code, line: want.line, col: want.col, severity: 'error' }));
      const all = [want, ...(want.also ?? [])].map(({ code, line, col }) => ({ code, line, col }));
      expect(report.diagnostics.map(({ code, line, col }) => ({ code, line, col })).sort(byPosition)).toEqual(all.sort(byPosition));
      for (const d of report.diagnostics) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.hint, `${d.code} needs a fix hint`).toBeTruthy();
      }
    });
  }
});

describe('bad paths and oversized input', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'bluedraft-bad-'));
  });

  it('refuses a 20 MB file without reading it', async () => {
    const big = path.join(scratch, 'big.yaml');
    await writeFile(big, `kind: draft\nnotes:\n${'  - padding text for a file far too large\n'.repeat(500_000)}`);
    const { code, report } = await validateJson(big);
    expect(code).toBe(1);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-too-large', line: 1, col: 1 }));
  });

  it('reports a path that does not exist', async () => {
    const { code, report } = await validateJson(path.join(scratch, 'no-such-file.yaml'));
    expect(code).toBe(1);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'not-found', line: 1, col: 1 }));
  });

  it('reports a folder with no YAML files', async () => {
    const folder = path.join(scratch, 'drafts');
    await mkdir(folder);
    await writeFile(path.join(folder, 'notes.txt'), 'a note');
    const { code, report } = await validateJson(folder);
    expect(code).toBe(1);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'no-yaml-files' }));
  });

  it('reports a symbolic-link loop instead of walking it forever', async () => {
    const folder = path.join(scratch, 'looped');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.yaml'), await readFile(path.resolve('test/fixtures/valid-minimal.yaml'), 'utf8'));
    await symlink(folder, path.join(folder, 'back'));
    await symlink(path.join(folder, 'self.yaml'), path.join(folder, 'self.yaml'));
    const { code, report } = await validateJson(folder);
    expect(code).toBe(1);
    const loops = report.diagnostics.filter((d) => d.code === 'symlink-loop');
    expect(loops.map((d) => path.basename(d.file)).sort()).toEqual(['back', 'self.yaml']);
    expect(report.summary.files).toBe(1);
  });
});

describe('the installed command', () => {
  beforeAll(buildIfMissing);

  it('checks every file of a folder of bad files, prints no stack trace, and exits 1', async () => {
    const result = await runInstalled(['validate', '--corpus', emptyCorpus, FIXTURES]);
    expect(result).toMatchObject({ code: 1 });
    const { stdout, stderr } = result;
    expect(stdout + stderr).not.toMatch(STACK_TRACE);
    expect(stdout).toMatch(new RegExp(`^${Object.keys(expected).length} files checked: \\d+ errors`, 'm'));
    for (const file of Object.keys(expected)) expect(stdout).toContain(`${file}:`);
  });
});
