import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { tempFolder } from './temp-files.js';

const BAD = path.resolve(import.meta.dirname, '../fixtures/bad-input');

/** A file validate refuses is refused by the commands that read it, with the same errors. */
describe('diff of an invalid file', () => {
  for (const name of ['duplicate-id.yaml', 'invalid-date-calendar.yaml']) {
    it(`${name} against itself: its errors, exit 1, not "No differences"`, async () => {
      const file = path.join(BAD, name);
      const run = await runCli(['diff', file, file]);
      expect(run.stdout).not.toMatch(/No differences/i);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+ {2}error {2}.*\\[(?:duplicate-id|invalid-date)\\]`));
      expect(run.code).toBe(1);
    });
  }
});

describe('history, merge and impact of a file with duplicate clause ids', () => {
  const file = path.join(BAD, 'duplicate-id.yaml');
  const RESOLUTIONS = path.resolve(import.meta.dirname, '../../resolutions');
  for (const [command, args] of [
    ['history', ['history', file, file]],
    ['merge', ['merge', file, file, '--as', 'France']],
    ['impact', ['impact', file, '--regime', 'haiti', '--dir', RESOLUTIONS]],
  ] as const) {
    it(`${command}: its errors, exit 1`, async () => {
      const run = await runCli([...args]);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).toMatch(/duplicate-id\.yaml:\d+:\d+ {2}error {2}.*\[duplicate-id\]/);
      expect(run.code).toBe(1);
    });
  }
});

describe('regime --dir over invalid files only', () => {
  it('shows their errors, not "no regime is declared"', async () => {
    const dir = path.join(tempFolder(), 'resolutions');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.yaml'), 'kind: resolution\nregime: haiti\nsymbol: S/RES/841 (1993)\ncolour: blue\n');
    writeFileSync(path.join(dir, 'b.yaml'), 'kind: resolution\nregime: haiti\noperative: [\n');
    const run = await runCli(['regime', 'haiti', '--dir', dir]);
    expect(run.stderr + run.stdout).not.toMatch(/no regime is declared/);
    expect(run.stderr + run.stdout).not.toMatch(STACK_TRACE);
    expect(run.stderr + run.stdout).toMatch(/a\.yaml:4:1 {2}error {2}unknown property `colour`.*\[unknown-property\]/);
    expect(run.stderr + run.stdout).toMatch(/b\.yaml:\d+:\d+ {2}error {2}.*\[yaml-syntax\]/);
    expect(run.stderr).toMatch(/and 2 files there could not be read/);
    expect(run.code).toBe(1);
  });
});
