import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { tempFolder } from './temp-files.js';

const DRAFT = [
  'kind: draft',
  'status: circulated',
  'language: en',
  'completeness: partial',
  'colour: blue',
  'preamble: []',
  'operative:',
  '  - id: op_1',
  '    number: 1',
  '    text: Decides to remain seized of the matter.',
  '  - id: op_1',
  '    number: 2',
  '    text: Requests a report.',
  '',
].join('\n');

/** A file with Windows line endings or a byte-order mark gets its other problems reported too, at the lines an editor shows. */
describe('a file with CRLF line endings or a BOM, and other problems', () => {
  for (const [name, text, first] of [
    ['CRLF', DRAFT.replace(/\n/g, '\r\n'), /^draft\.yaml:1:12 {2}error {2}.*\[line-endings\]/m],
    ['old Mac CR', DRAFT.replace(/\n/g, '\r'), /^draft\.yaml:1:12 {2}error {2}.*\[line-endings\]/m],
    ['a BOM', `\uFEFF${DRAFT}`, /^draft\.yaml:1:1 {2}error {2}.*\[bom\]/m],
    ['a BOM and CRLF', `\uFEFF${DRAFT.replace(/\n/g, '\r\n')}`, /^draft\.yaml:1:1 {2}error {2}.*\[bom\][\s\S]*^draft\.yaml:1:12 {2}error {2}.*\[line-endings\]/m],
  ] as const) {
    it(`${name}: the endings, the unknown property and the duplicate id, each at its line`, async () => {
      const folder = tempFolder();
      writeFileSync(path.join(folder, 'draft.yaml'), text);
      const run = await runCli(['validate', 'draft.yaml'], { cwd: folder });
      expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).toMatch(first);
      expect(run.stdout).toMatch(/^draft\.yaml:5:1 {2}error {2}unknown property `colour`.*\[unknown-property\]/m);
      expect(run.stdout).toMatch(/^draft\.yaml:11:9 {2}error {2}the id `op_1` is already used.*\[duplicate-id\]/m);
      expect(run.code).toBe(1);
    });
  }

  it('a YAML syntax error in a CRLF file is reported with the endings', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'draft.yaml'), 'kind: draft\r\nsponsors: [France,\r\n  Haiti\r\ntitle: x\r\n');
    const run = await runCli(['validate', 'draft.yaml'], { cwd: folder });
    expect(run.stdout).toMatch(/\[line-endings\]/);
    expect(run.stdout).toMatch(/^draft\.yaml:2:11 {2}error {2}this \[ is never closed.*\[yaml-syntax\]/m);
  });

  it('fmt still mends the endings of a valid CRLF file, in place', async () => {
    const folder = tempFolder();
    const valid = 'kind: draft\nstatus: circulated\nlanguage: en\ncompleteness: partial\npreamble: []\noperative:\n  - id: op_1\n    number: 1\n    text: Decides to remain seized of the matter.\n';
    writeFileSync(path.join(folder, 'draft.yaml'), valid.replace(/\n/g, '\r\n'));
    const run = await runCli(['fmt', 'draft.yaml'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(folder, 'draft.yaml'), 'utf8')).not.toContain('\r');
  });
});
