import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputRefusedError, writeOutputFile } from '../../src/cli/write-output.js';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { tempFolder } from './temp-files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ZERO = path.join(ROOT, 'examples/haiti-hypothetical-draft/zero-draft.yaml');
const REV1 = path.join(ROOT, 'examples/haiti-hypothetical-draft/rev1.yaml');
const RESOLUTIONS = path.join(ROOT, 'resolutions');
const TEXT = path.join(ROOT, 'test/fixtures/corpus-unsc/en/S_RES_0841_1993_EN_GOLD.txt');

/** Every command with `-o`, each given the output file `out`. */
const COMMANDS: Array<[string, (out: string) => string[]]> = [
  ['diff', (out) => ['diff', ZERO, REV1, '-o', out]],
  ['regime', (out) => ['regime', 'haiti', '--dir', RESOLUTIONS, '--as-of', '1993-10-19', '-o', out]],
  ['impact', (out) => ['impact', path.join(RESOLUTIONS, 'haiti/S-RES-861-1993.yaml'), '--dir', RESOLUTIONS, '-o', out]],
  ['history', (out) => ['history', ZERO, REV1, '-o', out]],
  ['render', (out) => ['render', ZERO, '-o', out]],
  ['import', (out) => ['import', TEXT, '-o', out]],
  ['new', (out) => ['new', '--regime', 'haiti', '-o', out]],
  ['merge', (out) => ['merge', ZERO, REV1, '--as', 'France', '-o', out]],
];

function expectRefused(run: { code: number; stdout: string; stderr: string }, command: string, what: RegExp): void {
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.stderr).toMatch(new RegExp(`^bluedraft ${command}: ${what.source}; nothing was written\\n {4}fix: `, 'm'));
  expect(run.code).toBe(1);
}

/** The file system's refusals are the user's environment, said as such (exit 1), never bluedraft's fault (exit 3). */
describe('-o where the file system refuses, for every command', () => {
  for (const [command, args] of COMMANDS) {
    it(`${command} -o onto a folder`, async () => {
      const cwd = tempFolder();
      mkdirSync(path.join(cwd, 'out.txt'));
      expectRefused(await runCli(args('out.txt'), { cwd }), command, /could not write out\.txt \(it is a folder, EISDIR\)/);
    });

    it(`${command} -o below a file, not a folder`, async () => {
      const cwd = tempFolder();
      writeFileSync(path.join(cwd, 'notes'), 'mine\n');
      expectRefused(await runCli(args('notes/out.txt'), { cwd }), command, /could not write notes\/out\.txt \(a part of its path is a file, not a folder, (?:ENOTDIR|EEXIST)\)/);
      expect(readFileSync(path.join(cwd, 'notes'), 'utf8')).toBe('mine\n');
    });

    it(`${command} -o over an existing file without --force`, async () => {
      const cwd = tempFolder();
      writeFileSync(path.join(cwd, 'out.txt'), 'mine\n');
      expectRefused(await runCli(args('out.txt'), { cwd }), command, /out\.txt already exists/);
      expect(readFileSync(path.join(cwd, 'out.txt'), 'utf8')).toBe('mine\n');
    });

    it(`${command} -o into a folder that does not exist yet creates it`, async () => {
      const cwd = tempFolder();
      const run = await runCli(args('new/folder/out.txt'), { cwd });
      expect(run.stderr).not.toMatch(/internal error|nothing was written/);
      expect(readFileSync(path.join(cwd, 'new/folder/out.txt'), 'utf8').length).toBeGreaterThan(0);
    });

    // /proc refuses new files even to root: a folder that cannot be written, on any Linux machine.
    it.skipIf(process.platform !== 'linux')(`${command} -o into a folder where no file can be created`, async () => {
      expectRefused(await runCli(args('/proc/bluedraft-out.txt'), { cwd: tempFolder() }), command, /could not write \/proc\/bluedraft-out\.txt \(.+\)/);
    });

    // Root writes into a read-only folder regardless; the refusal is then tested below through the write's hook.
    it.skipIf(process.getuid?.() === 0)(`${command} -o into a read-only folder`, async () => {
      const cwd = tempFolder();
      mkdirSync(path.join(cwd, 'locked'));
      chmodSync(path.join(cwd, 'locked'), 0o555);
      expectRefused(await runCli(args('locked/out.txt'), { cwd }), command, /could not write locked\/out\.txt \(permission denied, EACCES\)/);
    });
  }
});

describe('writeOutputFile', () => {
  for (const [code, reason] of [
    ['EACCES', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'the disk is full'],
  ]) {
    it(`says ${code} as "${reason}", and leaves nothing behind`, async () => {
      const cwd = tempFolder();
      const failing = () => {
        throw Object.assign(new Error(`${code}: simulated`), { code });
      };
      const refused = await writeOutputFile({ stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd }, 'out.txt', 'text', { hooks: { beforeRename: failing } }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(OutputRefusedError);
      expect((refused as OutputRefusedError).message).toBe(`could not write out.txt (${reason}, ${code})`);
      expect((await import('node:fs')).readdirSync(cwd)).toEqual([]);
    });
  }
});
