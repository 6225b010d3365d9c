import { describe, expect, it, vi } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { folderWith } from './temp-files.js';

/** The first lines of a valid draft; each case below adds its fault after them. */
const HEAD = 'kind: draft\nstatus: circulated\nlanguage: en\ncompleteness: partial\n';
const BODY = 'preamble: []\noperative:\n  - id: op_1\n    number: 1\n    text: Decides to remain seized of the matter.\n';

async function validate(text: string) {
  const cwd = folderWith({ 'draft.yaml': text });
  const run = await runCli(['validate', 'draft.yaml'], { cwd });
  expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  return run;
}

/** A syntax error is reported where the person must act: the bracket or quote that opens, the line mis-indented. */
describe('YAML syntax errors, located where the user must act', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['an unclosed [ at the end of the file', `${HEAD}${BODY}sponsors: [France, Haiti,\n`, `${HEAD.split('\n').length + BODY.split('\n').length - 1}:11`, /this \[ is never closed/],
    ['an unclosed [ with more keys after it', `${HEAD}sponsors: [France,\n  Haiti\ntitle: Haiti\n${BODY}`, '5:11', /this \[ is never closed/],
    ['an unclosed { ', `${HEAD}dates: {circulated: 1993-10-13\ntitle: Haiti\n${BODY}`, '5:8', /this \{ is never closed/],
    ['a [ closed by a }', `${HEAD}vote: {in_favour: [France, Haiti}\n${BODY}`, '5:19', /this \[ is never closed/],
    ['an unclosed double quote', `${HEAD}title: "Haiti\n${BODY}`, '5:8', /this " is never closed/],
    ['an unclosed single quote', `${HEAD}title: 'Haiti\n${BODY}`, '5:8', /this ' is never closed/],
    ['a key indented deeper than its siblings', `${HEAD}dates:\n  circulated: 1993-10-13\n   revised: 1993-10-14\n${BODY}`, '7:4', /indented 3 spaces, deeper than the key above it \(2\)/],
    ['a clause key indented deeper', `${HEAD}preamble: []\noperative:\n  - id: op_1\n    text: Decides.\n      number: 1\n`, '9:7', /indented 6 spaces, deeper than the key above it \(4\)/],
    ['a quote left open inside a [', `${HEAD}sponsors: ["France, Haiti]\n${BODY}`, '5:12', /this " is never closed/],
    ['a colon and a space inside a value, with more keys after it', `${HEAD}title: Note: this draft\n${BODY}`, '5:8', /holds a colon and a space/],
    ['a key indented one space too deep at the top', `${HEAD} title: Haiti\n${BODY}`, '5:2', /indented 1 space, deeper than the key above it \(0\)/],
    ['a key indented less than its siblings', `${HEAD}dates:\n  circulated: 1993-10-13\n revised: 1993-10-14\n${BODY}`, '7:2', /./],
  ];
  for (const [name, text, place, message] of cases) {
    it(`${name}: at ${place}`, async () => {
      const run = await validate(text);
      const [line, col] = place.split(':');
      expect(run.stdout).toMatch(new RegExp(`^draft\\.yaml:${line}:${col} {2}error {2}.*\\[yaml-syntax\\]`, 'm'));
      expect(run.stdout).toMatch(message);
      expect(run.code).toBe(1);
    });
  }

  it('a key without its colon is still reported on its own line', async () => {
    const run = await validate(`${HEAD}title Haiti\n${BODY}`);
    expect(run.stdout).toMatch(/^draft\.yaml:5:1 {2}error {2}.*\[yaml-syntax\]/m);
  });
});

describe('a YAML complex key', () => {
  for (const [name, key] of [
    ['a list as key', '? [a, b]\n: c\n'],
    ['a mapping as key', '? {a: b}\n: c\n'],
    ['a list as key in a flow mapping', 'x: {[a, b]: c}\n'],
  ] as const) {
    it(`${name}: a located complex-key error, no Node warning`, async () => {
      const warn = vi.spyOn(process, 'emitWarning');
      try {
        const run = await validate(`${HEAD}${key}${BODY}`);
        expect(warn).not.toHaveBeenCalled();
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^draft\.yaml:5:\d+ {2}error {2}this key is a list, a mapping or an alias: a key must be plain text {2}\[complex-key\]/m);
        expect(run.code).toBe(1);
      } finally {
        warn.mockRestore();
      }
    });
  }
});

describe('YAML that turns into what the format has no place for', () => {
  for (const [name, line, place, said] of [
    ['a local tag', 'title: !note Haiti\n', '5:8', /the YAML tag `!note` is not part of the format {2}\[yaml-tag\]/],
    ['a binary value', 'title: !!binary SGFpdGk=\n', '5:8', /the YAML tag `!!binary` is not part of the format {2}\[yaml-tag\]/],
    ['a timestamp', 'title: !!timestamp 1993-10-13\n', '5:8', /the YAML tag `!!timestamp` is not part of the format {2}\[yaml-tag\]/],
    ['an empty explicit key', '? \n: Haiti\n', '5:1', /this key is empty: a key must be plain text {2}\[complex-key\]/],
    ['an alias to no anchor', 'title: *nowhere\n', '5:8', /the alias `\*nowhere` names no anchor: no `&nowhere` is set before it {2}\[yaml-syntax\]/],
  ] as const) {
    it(`${name}: located at ${place}, said as what it is`, async () => {
      const run = await validate(`${HEAD}${line}${BODY}`);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(new RegExp(`^draft\\.yaml:${place} {2}error {2}`, 'm'));
      expect(run.stdout).toMatch(said);
      expect(run.code).toBe(1);
    });
  }

  it('the tags of the core schema stay allowed', async () => {
    const run = await validate(`${HEAD}title: !!str Haiti\n${BODY}`);
    expect(run.stdout).not.toMatch(/yaml-tag/);
    expect(run.code).toBe(0);
  });
});
