import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { folderWith } from './temp-files.js';

/** Hostile nesting must meet the `too-deep` guard, whatever its form and depth, never the stack limit. */
describe('YAML nesting far past the depth limit', () => {
  const cases: Array<[string, string]> = [
    ['flow sequences, 900 levels', `kind: draft\nx: ${'['.repeat(900)}${']'.repeat(900)}\n`],
    ['flow mappings, 5,000 levels', `kind: draft\nx: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`],
    ['unclosed flow sequences, 20,000 levels', `kind: draft\nx: ${'['.repeat(20000)}\n`],
    ['block sequences, 900 levels', `kind: draft\nx:\n${Array.from({ length: 900 }, (_, i) => `${'  '.repeat(i)}-\n`).join('')}`],
  ];
  for (const [name, text] of cases) {
    it(`${name}: too-deep, located where the limit is passed`, async () => {
      const cwd = folderWith({ 'deep.yaml': text });
      const run = await runCli(['validate', 'deep.yaml'], { cwd });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout + run.stderr).not.toMatch(/call stack/i);
      expect(run.stdout).toMatch(/^deep\.yaml:\d+:\d+ {2}error {2}nesting is deeper than 40 levels {2}\[too-deep\]/m);
      expect(run.code).toBe(1);
    });
  }
});
