import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { loadDocument } from '../../src/load/load-document.js';
import { buildIfMissing, runCli, runInstalled, STACK_TRACE } from '../support/run-cli.js';

const ORIGINAL = path.resolve('resolutions/haiti/S-RES-841-1993.yaml');
const ESCAPE = '\x1b[';

let folder: string;
let revised: string;
let invalid: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-diff-'));
  const text = await readFile(ORIGINAL, 'utf8');
  // A revision as a delegation would edit the file: paragraph 5 loses its binding verb, and the
  // folded wording of paragraph 3 is re-wrapped (which is no change at all).
  expect(text).toContain('Decides that all States shall prevent the sale');
  expect(text).toContain('shall come into force at\n');
  revised = path.join(folder, 'rev1.yaml');
  await writeFile(revised, text.replace('Decides that all States shall prevent the sale', 'Calls upon all States to prevent the sale').replace('shall come into force at\n', 'shall come\n      into force at '));
  invalid = path.join(folder, 'broken.yaml');
  await writeFile(invalid, text.replace('status: adopted', 'status: pased'));
});

describe('bluedraft diff', () => {
  it('prints the changes as plain text when piped, force changes first', async () => {
    const run = await runCli(['diff', ORIGINAL, revised]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESCAPE);
    expect(run.stdout).toContain('Summary: 1 reworded, 1 weakened in force');
    expect(run.stdout.indexOf('FORCE')).toBeLessThan(run.stdout.indexOf('CLAUSES'));
    expect(run.stdout).toContain('opening verb "Decides" (binding) -> "Calls upon" (non-binding): weakened');
    expect(run.stdout).toContain('[-Decides that-]{+Calls upon+} all States [-shall-]{+to+} prevent the sale');
    expect(run.stdout).not.toContain('paragraph 3 ');
  });

  it('colours deletions and insertions in a terminal, and not with NO_COLOR', async () => {
    const terminal = await runCli(['diff', ORIGINAL, revised], { isTTY: true });
    // red and struck through, then green: util.styleText opens and closes each style on its own.
    expect(terminal.stdout).toContain(`${ESCAPE}31m${ESCAPE}9mDecides that${ESCAPE}29m${ESCAPE}39m`);
    expect(terminal.stdout).toContain(`${ESCAPE}32mCalls upon${ESCAPE}39m`);
    const noColour = await runCli(['diff', ORIGINAL, revised], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toContain(ESCAPE);
  });

  it('prints the library result as JSON', async () => {
    const run = await runCli(['diff', ORIGINAL, revised, '--format', 'json']);
    expect(run.code).toBe(0);
    const [old, updated] = await Promise.all([loadDocument(ORIGINAL), loadDocument(revised)]);
    if (!old.ok || !updated.ok) throw new Error('fixtures must load');
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(diffResolutions(old.loaded.document, updated.loaded.document))));
  });

  it('exits 0 whether or not the documents differ, and 1 with --exit-code when they do', async () => {
    expect((await runCli(['diff', ORIGINAL, revised])).code).toBe(0);
    expect((await runCli(['diff', ORIGINAL, revised, '--exit-code'])).code).toBe(1);
    const same = await runCli(['diff', ORIGINAL, ORIGINAL, '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('No differences');
  });

  it('reports an invalid file with located diagnostics and exit 1, never a stack trace', async () => {
    const run = await runCli(['diff', ORIGINAL, invalid, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/broken\.yaml:\d+:\d+ {2}error {2}.*"pased".*\[invalid-value\]/);
    const missing = await runCli(['diff', ORIGINAL, path.join(folder, 'no-such-file.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.yaml:1:1  error  no such file or folder');
    for (const r of [run, missing]) expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses to run without exactly two files, or with an unknown format', async () => {
    const one = await runCli(['diff', ORIGINAL]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('give the old and the new version (got 1 file)');
    expect((await runCli(['diff', ORIGINAL, revised, '--format', 'md5'])).code).toBe(2);
    const folderGiven = await runCli(['diff', ORIGINAL, folder]);
    expect(folderGiven.code).toBe(2);
    expect(folderGiven.stderr).toContain('is a folder');
  });
});

describe('bluedraft diff on a negotiated draft', () => {
  it('lists bracket changes under their paragraph, and counts them in the summary', async () => {
    const draft = (brackets: string) => `kind: draft
status: circulated
language: en
completeness: full
preamble:
  - id: pp_1
    text: Recalling its previous relevant resolutions,
operative:
  - id: op_1
    number: 1
    text: Decides that all States shall [immediately | within 30 days] lift the measures concerned;
    brackets:
${brackets}
`;
    const [before, after] = [path.join(folder, 'zero.yaml'), path.join(folder, 'rev1.yaml')];
    await writeFile(before, draft('      - { state: open, proposedBy: [China, United States of America] }'));
    await writeFile(after, draft('      - { state: agreed, agreedOption: 2, proposedBy: [China, United States of America] }'));
    const run = await runCli(['diff', before, after, '--exit-code']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Summary: 1 paragraph changed in its brackets only, 1 bracket change (1 agreed)');
    expect(run.stdout).toContain('  unchanged  paragraph 1 (op_1)\n      bracket 1 agreed: option 2 kept');
  });
});

describe('the installed command', () => {
  beforeAll(buildIfMissing);

  it('diffs two files in a real process, with --exit-code', async () => {
    const json = await runInstalled(['diff', ORIGINAL, revised, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).summary.force.weakened).toBe(1);
    expect(await runInstalled(['diff', ORIGINAL, revised, '--exit-code'], { env: { ...process.env, NO_COLOR: '1' } })).toMatchObject({ code: 1 });
  });
});
