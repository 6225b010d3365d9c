import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { onOutputError } from '../../src/cli/output-stream-errors.js';
import { buildIfMissing, STACK_TRACE } from '../support/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/bluedraft.js');
const ARGS = ['regime', 'dprk', '--format', 'json', '--dir', path.join(ROOT, 'resolutions')];

/** Runs the installed command with its standard output given by `stdout`; resolves with its exit code and standard error. */
function run(stdout: 'pipe-closed-early' | number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: ROOT, stdio: ['ignore', stdout === 'pipe-closed-early' ? 'pipe' : stdout, 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // As `| head -1` does once it has its line: the reader closes the pipe before the writer is done (here, before it starts).
    if (stdout === 'pipe-closed-early') child.stdout!.destroy();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('standard output that cannot be written', () => {
  beforeAll(() => buildIfMissing(), 300_000);

  it('a closed pipe (| head -1) ends quietly, as git does (141, the status of SIGPIPE)', async () => {
    const result = await run('pipe-closed-early');
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stderr).not.toMatch(/EPIPE|internal error/);
    expect(result.code).toBe(141);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (> /dev/full) is said, exit 1', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await run(full);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stderr).toContain('bluedraft: could not write standard output (the disk is full, ENOSPC)\n    fix: free some space');
      expect(result.code).toBe(1);
    } finally {
      closeSync(full);
    }
  });

  it('ENOSPC from the Io layer is said with its reason, and the process ends with 1', () => {
    const exits: number[] = [];
    let said = '';
    onOutputError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }), (code) => exits.push(code), (text) => (said += text));
    expect(said).toBe('bluedraft: could not write standard output (the disk is full, ENOSPC)\n    fix: free some space, or write somewhere else\n');
    expect(exits).toEqual([1]);
  });
});
