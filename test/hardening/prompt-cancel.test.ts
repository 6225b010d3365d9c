import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, STACK_TRACE } from '../support/run-cli.js';
import { tempFolder } from './temp-files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PTY_RUN = path.join(import.meta.dirname, 'support/pty-run.py');
/** A terminal is needed for `new` to ask; Python's pty module gives one where Python is installed. */
const hasPython = spawnSync('python3', ['-c', 'import pty'], { stdio: 'ignore' }).status === 0;

/** `bluedraft new` at a real terminal, with `key` pressed at its first question. */
function pressAtPrompt(key: string): { sent: boolean; shown: string; code: number } {
  const out = execFileSync('python3', [PTY_RUN, Buffer.from(key).toString('hex'), 'Regime', process.execPath, path.join(ROOT, 'bin/bluedraft.js'), 'new'], { cwd: tempFolder(), encoding: 'utf8' });
  return JSON.parse(out) as { sent: boolean; shown: string; code: number };
}

describe.skipIf(!hasPython)('Ctrl+C and Ctrl+D at the `new` prompt', () => {
  beforeAll(() => buildIfMissing(), 300_000);

  it('Ctrl+C ends quietly with 130, as an interrupt', () => {
    const run = pressAtPrompt('\x03');
    expect(run.sent).toBe(true);
    expect(run.shown).not.toMatch(/internal error|Error/);
    expect(run.shown).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(130);
  });

  it('Ctrl+D ends quietly with 1: nothing was created', () => {
    const run = pressAtPrompt('\x04');
    expect(run.sent).toBe(true);
    expect(run.shown).not.toMatch(/internal error|Error/);
    expect(run.code).toBe(1);
  });
});
