import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { folderWith } from './temp-files.js';

const BASE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/valid-minimal.yaml'), 'utf8');
const LAST = '    text: Decides to remain seized of the matter.\n';

/** The minimal draft with an effect on the paragraphs `range` of itself. */
function withEffectRange(range: string): string {
  return BASE.replace(LAST, `${LAST}    effects:\n      - action: suspend\n        target: { paragraphs: ["${range}"] }\n        effective: { immediately: true }\n`);
}

/** A range of a billion paragraphs is a few bytes: every command must refuse it by its bound, not expand it. */
describe('a paragraph range beyond any resolution', () => {
  for (const range of ['1-999999999', '1-1000000']) {
    it(`validate refuses an effect on "${range}" as range-too-long at the target`, async () => {
      const cwd = folderWith({ 'draft.yaml': withEffectRange(range) });
      const run = await runCli(['validate', 'draft.yaml'], { cwd });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toMatch(/^draft\.yaml:28:\d+ {2}error {2}"1-\d+": the range 1 to \d+ covers [\d,]+ paragraphs, more than the 1,000 a range may cover {2}\[range-too-long\]/m);
      expect(run.code).toBe(1);
    });

    it(`fmt leaves an effect on "${range}" as written and says why`, async () => {
      const text = withEffectRange(range);
      const cwd = folderWith({ 'draft.yaml': text });
      const run = await runCli(['fmt', 'draft.yaml'], { cwd });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout + run.stderr).toMatch(/more than the 1,000 a range may cover.*\[range-too-long\]/);
      expect(readFileSync(path.join(cwd, 'draft.yaml'), 'utf8')).toBe(text);
    });
  }

  it('a range of 1,000 paragraphs is still read (the bound is not off by one)', async () => {
    const cwd = folderWith({ 'draft.yaml': withEffectRange('1-1000') });
    const run = await runCli(['validate', 'draft.yaml'], { cwd });
    expect(run.stdout).not.toMatch(/range-too-long/);
    expect(run.stdout).toMatch(/dangling-target/);
  });
});
