import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';

const HEADER = ['RESOLUTION 841 (1993)', '', 'Adopted by the Security Council at its 3238th meeting, on 16 June 1993', '', 'The Security Council,', '', 'Recalling its resolution 788 (1992),', ''];

function inFolder(text: string): { folder: string; input: string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-import-exit-'));
  const input = path.join(folder, 'input.txt');
  writeFileSync(input, text);
  return { folder, input };
}

describe('bluedraft import says when what it wrote does not validate', () => {
  it('exits 0 when the file written validates', async () => {
    const { folder, input } = inFolder([...HEADER, '1. Decides to remain seized of the matter.', '', 'Adopted unanimously at the 3238th meeting.'].join('\n'));
    const run = await runCli(['import', input, '-o', 'out.yaml'], { cwd: folder });
    expect(run.stderr).not.toMatch(/does not validate/);
    expect(run.code).toBe(0);
  });

  it('exits 1, naming each problem at its line:col in the written YAML, when it does not', async () => {
    // The text prints paragraph 2 twice: kept as printed, the numbering cannot validate.
    const { folder, input } = inFolder([...HEADER, '1. Decides one thing;', '', '2. Decides another;', '', '2. Decides a third;', '', 'Adopted unanimously at the 3238th meeting.'].join('\n'));
    const run = await runCli(['import', input, '-o', 'out.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the file written does not validate/);
    const problem = /^out\.yaml:(\d+):(\d+)\s+error\s+.*\[numbering\]$/m.exec(run.stderr);
    expect(problem, run.stderr).not.toBeNull();
    const written = readFileSync(path.join(folder, 'out.yaml'), 'utf8').split('\n');
    expect(written[Number(problem![1]) - 1]).toMatch(/number: 2/);
    // The problem also names the input line the clause came from: the second "2.".
    expect(run.stderr).toContain(`comes from input.txt:${HEADER.length + 5}`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('bluedraft import -o: where it writes', () => {
  const TEXT = [...HEADER, '1. Decides to remain seized of the matter.', '', 'Adopted unanimously at the 3238th meeting.'].join('\n');

  it('creates a missing folder on the way, as render and new do', async () => {
    const { folder, input } = inFolder(TEXT);
    const run = await runCli(['import', input, '-o', 'new/folder/out.yaml'], { cwd: folder });
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(folder, 'new/folder/out.yaml'), 'utf8')).toMatch(/^kind: resolution$/m);
  });

  it('says so, exit 1 and no internal error, when the file system refuses (a folder in the file\'s place)', async () => {
    const { folder, input } = inFolder(TEXT);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(folder, 'taken.yaml'));
    const run = await runCli(['import', input, '-o', 'taken.yaml', '--force'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/could not write taken\.yaml \(it is a folder, EISDIR\); nothing was written/);
    expect(run.stderr).not.toMatch(/internal error/);
  });
});
