import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { folderWith } from './temp-files.js';

/** remark recurses per level of nesting: hostile Markdown must meet a bound first, with its place. */
describe('Markdown nested past any resolution', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['5,000 nested blockquotes', `1. Decides to act.\n\n${'>'.repeat(5000)} deep\n`, /^draft\.md:3:\d+ {2}error {2}.*nest.*\[import-markdown-too-deep\]/m],
    ['20,000 unclosed emphasis marks', `1. Decides to act.\n\n${'*'.repeat(20000)} x\n`, /^draft\.md:3:\d+ {2}error {2}.*\[import-markdown-too-deep\]/m],
    ['10,000 * around a word, each side', `1. Decides to act.\n\n${'*'.repeat(10000)}a${'*'.repeat(10000)}\n`, /^draft\.md:3:1001 {2}error {2}this paragraph has more than 1,000 emphasis marks \(\* or _\) {2}\[import-markdown-too-deep\]/m],
    ['300 list items each indented under the last', `1. Decides to act.\n\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n')}\n`, /^draft\.md:\d+:1 {2}error {2}this line is indented 130 columns.*\[import-markdown-too-deep\]/m],
    ['5,000 list markers on one line', `1. Decides to act.\n\n${'- '.repeat(5000)}a\n`, /^draft\.md:3:65 {2}error {2}blockquotes or list items are nested more than 32 levels deep here {2}\[import-markdown-too-deep\]/m],
    ['10,000 alternating emphasis openers', `1. Decides to act.\n\n${'*a _'.repeat(10000)}\n`, /^draft\.md:3:\d+ {2}error {2}.*\[import-markdown-too-deep\]/m],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: a located refusal, exit 1`, async () => {
      const cwd = folderWith({ 'draft.md': text });
      const run = await runCli(['import', 'draft.md'], { cwd });
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stderr).not.toMatch(/internal error|call stack/i);
      expect(run.stderr).toMatch(expected);
      expect(run.stderr).toMatch(/nothing was written/);
      expect(run.stderr).not.toMatch(/holds no text/);
      expect(run.code).toBe(1);
    });
  }

  it('Markdown within the bounds still imports: quotes, nested lists, emphasis', async () => {
    const cwd = folderWith({ 'draft.md': `The Security Council,\n\n*Recalling* its resolutions,\n\n> 1. *Decides* that:\n>    - (a) all **States** shall act;\n>      - (i) _now_;\n` });
    const run = await runCli(['import', 'draft.md'], { cwd });
    expect(run.stderr).not.toMatch(/import-markdown-too-deep/);
    expect(run.stdout).toMatch(/all \**States\** shall act;/);
    expect(run.stdout).toContain('now');
  });
});
