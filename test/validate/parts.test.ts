import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedText } from '../support/loaded-text.js';
import { checkDocumentAlone } from '../../src/validate/check-document.js';
import { SchemaTrust } from '../../src/validate/schema-trust.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/parts');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** What validation says of a file: code, line, col and severity, and the words of each finding. */
function check(text: string) {
  return checkDocumentAlone(loadedText('draft.yaml', text), SchemaTrust.WHOLE);
}
const located = (text: string) => check(text).map(({ code, line, col, severity }) => ({ code, line, col, severity }));
/** The 1-based line and column of the first occurrence of `needle` in `text`, past `after`. */
function at(text: string, needle: string, after = ''): { line: number; col: number } {
  const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
  if (offset < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

const RUNNING_ON = fixture('draft-parts-running-on.yaml');
const RES_161 = fixture('S-RES-161-1961.yaml');

describe('parts A, B, C: valid files', () => {
  it('accepts parts whose operative numbering runs on across them', () => {
    expect(check(RUNNING_ON)).toEqual([]);
  });

  it('accepts parts that each number their paragraphs from 1, as S/RES/161 (1961) and S/RES/101 (1953) print them', () => {
    expect(check(RES_161)).toEqual([]);
    expect(check(fixture('S-RES-101-1953.yaml'))).toEqual([]);
  });
});

describe('parts A, B, C: each problem located at the paragraph, with a hint', () => {
  it('a paragraph in a part `parts` does not declare: unknown-part, with the likely id', () => {
    const text = RUNNING_ON.replace('part: part_b\n    number: 3', 'part: part_c\n    number: 3');
    const found = check(text);
    expect(located(text)).toEqual([{ code: 'unknown-part', ...at(text, 'part_c', 'id: op_3'), severity: 'error' }]);
    expect(found[0]!.message).toContain('`op_3` is in part `part_c`');
    expect(found[0]!.hint).toBe('did you mean `part_a`?');
  });

  it('a `part` without any declared parts says to declare it', () => {
    const undivided = RUNNING_ON.replace(/parts:\n(?: {2}.*\n)+/, '').replace(/ {4}part: part_[ab]\n/g, '');
    const text = undivided.replace('  - id: op_1\n', '  - id: op_1\n    part: part_a\n');
    expect(located(undivided)).toEqual([]);
    const found = check(text);
    expect(found.map((d) => d.code)).toEqual(['unknown-part']);
    expect(found[0]!.hint).toContain('declare the part under `parts`');
  });

  it('a paragraph of part A after a paragraph of part B: part-order', () => {
    const text = RUNNING_ON.replace('part: part_b\n    number: 4', 'part: part_a\n    number: 4');
    expect(located(text)).toEqual([{ code: 'part-order', ...at(text, 'part_a', 'id: op_4'), severity: 'error' }]);
    expect(check(text)[0]!.message).toBe('operative paragraph `op_4` is in part A (`part_a`), but comes after paragraphs of part B (`part_b`)');
  });

  it('a paragraph without a part after the first part: part-order, located at the paragraph', () => {
    const text = RUNNING_ON.replace('    part: part_b\n    number: 4\n', '    number: 4\n');
    expect(located(text)).toEqual([{ code: 'part-order', ...at(text, 'id: op_4'), severity: 'error' }]);
    expect(check(text)[0]!.hint).toContain('give it `part: part_b`');
  });

  it('the same in the preamble: a part preamble before the common one', () => {
    const text = RUNNING_ON.replace('  - id: pp_2\n', '  - id: pp_2\n    part: part_b\n').replace('  - id: pp_3\n    part: part_b\n', '  - id: pp_3\n');
    expect(located(text)).toEqual([{ code: 'part-order', ...at(text, 'id: pp_3'), severity: 'error' }]);
  });

  it('a declared part that holds nothing: empty-part warning', () => {
    const text = RUNNING_ON.replace('    label: B\n', '    label: B\n  - id: part_c\n    label: C\n');
    expect(located(text)).toEqual([{ code: 'empty-part', ...at(text, 'id: part_c'), severity: 'warning' }]);
  });

  it('a heading right after the label of a part without a title (it would print as the title): a warning at the heading', () => {
    const text = RUNNING_ON.replace('    title: Arms embargo\n', '').replace('  - id: op_1\n    part: part_a\n', '  - id: op_1\n    part: part_a\n    heading: Arms embargo\n');
    expect(located(text)).toEqual([{ code: 'heading-after-part-label', ...at(text, 'Arms embargo', 'id: op_1'), severity: 'warning' }]);
    // With the part's title, or with a preamble of its own between label and heading, nothing is said.
    expect(check(text.replace('    label: A\n', '    label: A\n    title: Measures\n'))).toEqual([]);
    expect(check(text.replace('  - id: pp_3\n    part: part_b\n', '  - id: pp_3\n    part: part_a\n').replace('part: part_b\n    number: 3', 'part: part_a\n    number: 3').replace('part: part_b\n    number: 4', 'part: part_a\n    number: 4').replace('  - id: part_b\n    label: B\n', ''))).toEqual([]);
  });

  it('two parts with one id: duplicate-id at the second', () => {
    const text = RUNNING_ON.replace('  - id: part_b\n    label: B', '  - id: part_a\n    label: B');
    const codes = check(text).map((d) => d.code);
    expect(codes[0]).toBe('duplicate-id');
    expect(located(text)[0]).toMatchObject(at(text, 'part_a\n    label: B'));
  });
});

describe('operative numbering across parts', () => {
  it('does not start again at a part in a text that runs on: paragraph 1 of part B is reported', () => {
    const text = RUNNING_ON.replace('number: 3\n', 'number: 1\n').replace('number: 4\n', 'number: 2\n');
    // The first part restarts, so the text does restart in every later part: accepted.
    expect(check(text)).toEqual([]);
    const mixed = text.replace('  - id: part_b\n    label: B\n', '  - id: part_b\n    label: B\n  - id: part_c\n    label: C\n').replace('part: part_b\n    number: 2', 'part: part_c\n    number: 5');
    const found = check(mixed);
    expect(found.map((d) => d.code)).toEqual(['numbering', 'numbering']);
    expect(found[0]!.message).toBe('operative paragraph 1 should be numbered 3 (paragraphs run 1, 2, 3 … without gaps, on across parts)');
  });

  it('a text that does not start every later part at 1 is read as running on, and its numbers reported', () => {
    const text = RES_161.replace('number: 1\n    text: Urges the convening', 'number: 2\n    text: Urges the convening');
    const found = check(text);
    expect(found.map((d) => d.code)).toEqual(['numbering', 'numbering']);
    expect(found[0]!.message).toBe('operative paragraph 2 should be numbered 6 (paragraphs run 1, 2, 3 … without gaps, on across parts)');
  });
});
