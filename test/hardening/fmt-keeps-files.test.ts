import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSource } from '../../src/edit/format-source.js';
import { buildIfMissing, runCli } from '../support/run-cli.js';
import { haitiDraft, insertBefore, ROOT } from '../edit/haiti-draft.js';
import { tempFolder } from './temp-files.js';

const BIN = path.join(ROOT, 'bin/bluedraft.js');
const INTERRUPT = pathToFileURL(path.join(ROOT, 'test/edit/support/interrupt-rename.mjs')).href;
/** A draft fmt changes: a paragraph inserted by hand, which renumbers those after it. */
const UNFORMATTED = insertBefore(haitiDraft(), '  - id: op_5', '  - text: Decides that paragraph 5 below applies at once;\n');

/** fmt replaces what it formats: never the link, never a file its owner made read-only, never leaving debris. */
describe('fmt keeps what the user had', () => {
  it('formats the target of a symbolic link and keeps the link', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'real.yaml'), UNFORMATTED);
    symlinkSync('real.yaml', path.join(folder, 'link.yaml'));
    const run = await runCli(['fmt', 'link.yaml'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(lstatSync(path.join(folder, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(folder, 'link.yaml'))).toBe('real.yaml');
    expect(readFileSync(path.join(folder, 'real.yaml'), 'utf8')).toBe(formatSource('real.yaml', UNFORMATTED).text);
    expect(readdirSync(folder).sort()).toEqual(['link.yaml', 'real.yaml']);
  });

  it('refuses a read-only file, says so, exit 1, and leaves it byte for byte (even for root)', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'draft.yaml');
    writeFileSync(file, UNFORMATTED);
    chmodSync(file, 0o444);
    const run = await runCli(['fmt', 'draft.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/draft\.yaml:1:1 {2}error {2}the file is read-only, so fmt left it as it is {2}\[read-only\]/);
    expect(readFileSync(file, 'utf8')).toBe(UNFORMATTED);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  describe('killed while writing', () => {
    beforeAll(() => buildIfMissing(), 300_000);

    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      it(`${signal}: the temporary file is removed, the original untouched, exit ${code}`, async () => {
        const folder = tempFolder();
        const file = path.join(folder, 'draft.yaml');
        writeFileSync(file, UNFORMATTED);
        const child = spawn(process.execPath, ['--import', INTERRUPT, BIN, 'fmt', file], { env: { ...process.env, BLUEDRAFT_TEST_RENAME: 'pause' } });
        const exited = once(child, 'exit');
        let stderr = '';
        await new Promise<void>((resolve, reject) => {
          child.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            if (/^paused /m.test(stderr)) resolve();
          });
          child.on('exit', () => reject(new Error(`bluedraft exited before renaming: ${stderr}`)));
        });
        expect(readdirSync(folder)).toHaveLength(2);
        child.kill(signal);
        const [exitCode] = await exited;
        expect(exitCode).toBe(code);
        expect(readdirSync(folder)).toEqual(['draft.yaml']);
        expect(readFileSync(file, 'utf8')).toBe(UNFORMATTED);
      });
    }
  });
});
