import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/edit/format-source.js';
import { loadedText } from '../support/loaded-text.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { checkDocument } from '../../src/validate/check-document.js';
import { Corpus } from '../../src/validate/corpus.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/parts');
const RUNNING_ON = readFileSync(path.join(FIXTURES, 'draft-parts-running-on.yaml'), 'utf8');

/** The document a text holds, which must validate without error. */
function load(text: string): ResolutionDocument {
  const loaded = loadedText('draft.yaml', text);
  expect(checkDocument(loaded, new Corpus([loaded])).filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.document;
}

const comments = (text: string) => text.split('\n').flatMap((line) => /(?:^|\s)(#.*)$/.exec(line)?.slice(1) ?? []);
/** Each operative paragraph as "part number id". */
const operative = (document: ResolutionDocument) => document.operative.map((p) => `${p.part ?? '-'} ${p.number} ${p.id}`);

const INSERTED = `  # Added at the meeting of 17 December: not yet agreed.
  - text: Requests the Committee to report on the implementation of paragraph 1;  # penholder
`;

/** `text` with `insertion` put before the line that starts with `line`. */
function insertBefore(text: string, line: string, insertion: string): string {
  const at = text.indexOf(`${line}\n`);
  if (at < 0) throw new Error(`${line} not in text`);
  return text.slice(0, at) + insertion + text.slice(at);
}

describe('fmt on a draft divided into parts, numbered on across them', () => {
  const input = insertBefore(RUNNING_ON.replace('  - id: part_b\n', '  - id: part_b  # the reporting part\n'), '  - id: op_4', INSERTED);
  const result = formatSource('draft.yaml', input);
  const output = result.text!;

  it('keeps the parts and their order, puts the new paragraph in the part of the paragraph before it, and numbers on across parts', () => {
    expect(result.diagnostics).toEqual([]);
    const formatted = load(output);
    expect(formatted.parts).toEqual(load(RUNNING_ON).parts);
    expect(operative(formatted)).toEqual(['part_a 1 op_1', 'part_a 2 op_2', 'part_b 3 op_3', 'part_b 4 op_4_2', 'part_b 5 op_4']);
    expect(result.changes).toContain('`op_4_2`: the new operative paragraph put in part B (`part_b`), as the paragraph before it');
  });

  it('keeps every comment, and changes nothing else of the text', () => {
    expect(comments(output)).toEqual(comments(input));
    expect(output.replace('  - id: op_4_2\n    part: part_b\n    number: 4\n    text: Requests', '  - text: Requests').replace('number: 5\n', 'number: 4\n')).toBe(input);
  });

  it('is idempotent', () => {
    expect(formatSource('draft.yaml', output).text).toBe(output);
  });

  it('without the new paragraph, changes nothing', () => {
    expect(formatSource('draft.yaml', RUNNING_ON)).toEqual({ text: RUNNING_ON, changes: [], diagnostics: [] });
  });
});

describe('fmt on a draft whose parts number their paragraphs from 1 each', () => {
  const perPart = RUNNING_ON.replace('number: 3\n', 'number: 1\n').replace('number: 4\n', 'number: 2\n');

  it('renumbers within the part the new paragraph went into, from 1, and leaves the other parts alone', () => {
    const input = insertBefore(perPart, '  - id: op_4', INSERTED);
    const result = formatSource('draft.yaml', input);
    expect(result.diagnostics).toEqual([]);
    expect(operative(load(result.text!))).toEqual(['part_a 1 op_1', 'part_a 2 op_2', 'part_b 1 op_3', 'part_b 2 op_2_2', 'part_b 3 op_4']);
  });

  it('a part whose numbers went astray is numbered from 1 again', () => {
    const input = perPart.replace('number: 2\n    text: Decides to remain', 'number: 7\n    text: Decides to remain');
    const result = formatSource('draft.yaml', input);
    expect(operative(load(result.text!))).toEqual(['part_a 1 op_1', 'part_a 2 op_2', 'part_b 1 op_3', 'part_b 2 op_4']);
    expect(result.changes).toEqual(['`op_4`: paragraph 7 → 2']);
  });
});

describe('fmt and citations of "paragraph 1" in a draft numbered from 1 in each part', () => {
  const perPart = RUNNING_ON.replace('number: 3\n', 'number: 1\n')
    .replace('number: 4\n    text: Decides to remain seized of the matter.', 'number: 2\n    text: Decides to consider the report requested in paragraph 1 above at its next meeting.');
  const NEW_IN_B = '  - part: part_b\n    text: Requests the Committee to report on the implementation of the measures;\n';

  it('a citation whose candidates in the several parts now have different numbers is reported, not rewritten by guess', () => {
    const input = insertBefore(perPart, '  - id: op_3', NEW_IN_B);
    const result = formatSource('draft.yaml', input);
    const formatted = load(result.text!);
    expect(operative(formatted)).toEqual(['part_a 1 op_1', 'part_a 2 op_2', 'part_b 1 op_1_2', 'part_b 2 op_3', 'part_b 3 op_4']);
    expect(formatted.operative[4]!.text).toContain('paragraph 1 above');
    // Both citations of "paragraph 1" (in op_2, part A, and op_4, part B) are reported, each at its place.
    const lines = result.text!.split('\n');
    expect(result.diagnostics.map((d) => [d.code, lines[d.line - 1]!.slice(d.col - 1, d.col + 10)])).toEqual([
      ['dangling-reference', 'paragraph 1'],
      ['dangling-reference', 'paragraph 1'],
    ]);
    expect(result.diagnostics.map((d) => lines.slice(0, d.line).reverse().find((l) => l.startsWith('  - id:')))).toEqual(['  - id: op_2', '  - id: op_4']);
    expect(result.diagnostics[1]!.message).toContain('2 paragraphs are numbered 1, one in each of several parts (op_1, op_3), and they are now numbered differently');
  });

  it('where the paragraphs it may mean keep their numbers, nothing is said', () => {
    const input = insertBefore(perPart, '  - id: op_2', INSERTED);
    const result = formatSource('draft.yaml', input);
    expect(result.diagnostics).toEqual([]);
    expect(operative(load(result.text!))).toEqual(['part_a 1 op_1', 'part_a 2 op_2_2', 'part_a 3 op_2', 'part_b 1 op_3', 'part_b 2 op_4']);
  });
});

describe('fmt leaves an adopted resolution in parts as printed', () => {
  it('S/RES/161 (1961), numbered from 1 in each part: nothing to change, nothing reported', () => {
    const text = readFileSync(path.join(FIXTURES, 'S-RES-161-1961.yaml'), 'utf8');
    expect(formatSource('S-RES-161-1961.yaml', text)).toEqual({ text, changes: [], diagnostics: [] });
  });
});
