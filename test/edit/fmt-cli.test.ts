import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFile } from '../../src/edit/format-file.js';
import { formatSource } from '../../src/edit/format-source.js';
import { readSource } from '../../src/load/read-source.js';
import { buildIfMissing, runCli, STACK_TRACE } from '../support/run-cli.js';
import { haitiDraft, insertBefore, ROOT } from './haiti-draft.js';

const BIN = path.join(ROOT, 'bin/bluedraft.js');
const INTERRUPT = pathToFileURL(path.join(import.meta.dirname, 'support/interrupt-rename.mjs')).href;

/** A folder of its own holding the Haiti draft with a paragraph inserted by hand before paragraph 5. */
function draftFile(): { folder: string; file: string; original: Buffer } {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-fmt-'));
  const file = path.join(folder, 'draft.yaml');
  writeFileSync(file, insertBefore(haitiDraft(), '  - id: op_5', '  # Inserted by hand.\n  - text: Decides that paragraph 5 below applies at once;\n'));
  return { folder, file, original: readFileSync(file) };
}

const leftovers = (folder: string) => readdirSync(folder).filter((name) => name !== 'draft.yaml');

describe('bluedraft fmt', () => {
  it('rewrites the file, lists each change, and then --check finds nothing to do', async () => {
    const { folder, file, original } = draftFile();
    const check = await runCli(['fmt', '--check', 'draft.yaml'], { cwd: folder });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('would change draft.yaml\n');
    expect(readFileSync(file)).toEqual(original);

    const run = await runCli(['fmt', 'draft.yaml'], { cwd: folder });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('formatted draft.yaml\n');
    expect(run.stdout).toContain('  `op_5` … `op_17`: paragraphs 5–17 → 6–18\n');
    expect(run.stdout).toContain('  `op_7`: "paragraph 10 below" → "paragraph 11 below"\n');
    expect(run.stdout).toContain('fmt: 1 formatted, 0 unchanged\n');
    expect(readFileSync(file, 'utf8')).toBe(formatSource(file, original.toString('utf8')).text);
    expect(await runCli(['fmt', '--check', 'draft.yaml'], { cwd: folder })).toMatchObject({ code: 0, stdout: 'fmt: 0 would change, 1 already formatted\n' });
  });

  it('finds nothing to change in the shipped corpus', async () => {
    const run = await runCli(['fmt', '--check', path.join(ROOT, 'resolutions')]);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/^fmt: 0 would change, \d+ already formatted\n$/);
  });

  it('mends a file the loader refuses for its byte-order mark and CRLF line endings', async () => {
    const { folder, file } = draftFile();
    writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    expect((await readSource(file)).ok).toBe(false);
    const run = await runCli(['fmt', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('removed the byte-order mark (BOM)');
    expect((await readSource(file)).ok).toBe(true);
  });

  it('reports a file it cannot read, with the others still formatted, and never prints a stack trace', async () => {
    const { folder } = draftFile();
    writeFileSync(path.join(folder, 'broken.yaml'), 'kind: draft\n  status: [\n');
    const run = await runCli(['fmt', '.'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^broken\.yaml:\d+:\d+ {2}error/m);
    expect(run.stdout).toContain('formatted draft.yaml');
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it('needs at least one path', async () => {
    expect((await runCli(['fmt'])).code).toBe(2);
  });
});

describe('fmt never loses the original file', () => {
  it('leaves it byte for byte as it was when the write fails before the rename, and leaves no temporary file', async () => {
    const { folder, file, original } = draftFile();
    const result = await formatFile(file, {
      hooks: {
        beforeRename: () => {
          throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
        },
      },
    });
    expect(result.status).toBe('not-formatted');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'write-failed', severity: 'error', message: expect.stringContaining('left exactly as it was') }));
    expect(readFileSync(file)).toEqual(original);
    expect(leftovers(folder)).toEqual([]);
  });

  it('does not overwrite an edit saved by someone else while it was working', async () => {
    const { file } = draftFile();
    const saved = `${readFileSync(file, 'utf8')}# saved by an editor meanwhile\n`;
    const result = await formatFile(file, { hooks: { beforeRename: () => writeFileSync(file, saved) } });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'file-changed' }));
    expect(readFileSync(file, 'utf8')).toBe(saved);
  });

  it('keeps the file’s permissions', async () => {
    const { file } = draftFile();
    const { chmodSync, statSync } = await import('node:fs');
    chmodSync(file, 0o640);
    await formatFile(file);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  describe('in a real process', () => {
    beforeAll(buildIfMissing);

    it('killed between writing the new text and renaming it into place: the original is byte for byte unchanged', async () => {
      const { file, original } = draftFile();
      const child = spawn(process.execPath, ['--import', INTERRUPT, BIN, 'fmt', file], { env: { ...process.env, BLUEDRAFT_TEST_RENAME: 'pause' } });
      let stderr = '';
      const exited = once(child, 'exit');
      const paused = await new Promise<string>((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const match = /^paused (.+)$/m.exec(stderr);
          if (match) resolve(match[1]!);
        });
        child.on('exit', () => reject(new Error(`bluedraft exited before renaming: ${stderr}`)));
      });
      // The new text is complete on disk, next to the file, and has not replaced it yet.
      expect(readFileSync(paused, 'utf8')).toBe(formatSource(file, original.toString('utf8')).text);
      expect(readFileSync(file)).toEqual(original);
      child.kill('SIGKILL');
      const [, signal] = await exited;
      expect(signal).toBe('SIGKILL');
      expect(readFileSync(file)).toEqual(original);
      // The stray temporary file is hidden, and fmt works again at once.
      expect(path.basename(paused)).toMatch(/^\..*\.tmp$/);
      expect((await runCli(['fmt', file])).code).toBe(0);
    });

    it('told by the file system that the rename failed: the original is byte for byte unchanged, and the user is told', async () => {
      const { folder, file, original } = draftFile();
      const child = spawn(process.execPath, ['--import', INTERRUPT, BIN, 'fmt', file], { env: { ...process.env, BLUEDRAFT_TEST_RENAME: 'fail' } });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(stdout).toContain('could not write the file (ENOSPC: no space left on device, rename); it was left exactly as it was');
      expect(stdout).not.toMatch(STACK_TRACE);
      expect(readFileSync(file)).toEqual(original);
      expect(leftovers(folder)).toEqual([]);
    });
  });
});
