import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { folderWith } from './temp-files.js';

const BASE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/valid-minimal.yaml'), 'utf8');

/** The minimal draft with `text` as its last paragraph's words. */
function withText(text: string): string {
  return BASE.replace('Decides to remain seized of the matter.', JSON.stringify(text));
}

/** 20,000 brackets in one clause are 40 KB: their check must stay linear and say a bounded number of things. */
describe('a clause flooded with negotiation brackets', () => {
  // A super-linear check would take minutes here: the test's own time limit is the guard (no timing asserted).
  it('20,000 nested brackets: ten problems said, the rest counted', async () => {
    const cwd = folderWith({ 'draft.yaml': withText(`${'['.repeat(20000)}x${']'.repeat(20000)}`) });
    const run = await runCli(['validate', 'draft.yaml'], { cwd });
    expect(run.stdout).not.toMatch(STACK_TRACE);
    const said = run.stdout.match(/\[bracket-(?:nested|unbalanced)\]/g) ?? [];
    expect(said).toHaveLength(10);
    expect(run.stdout).toContain('(and 39,988 more bracket problems in this clause, not listed)');
    expect(run.stdout).toMatch(/^draft\.yaml:25:\d+ {2}error {2}a bracket opens inside another bracket/m);
    expect(run.code).toBe(1);
  });

  it('a few problems are all said, with no count', async () => {
    const cwd = folderWith({ 'draft.yaml': withText('Decides [to act]] [now') });
    const run = await runCli(['validate', 'draft.yaml'], { cwd });
    expect(run.stdout.match(/\[bracket-unbalanced\]/g)).toHaveLength(2);
    expect(run.stdout).not.toMatch(/more bracket problems/);
  });
});
