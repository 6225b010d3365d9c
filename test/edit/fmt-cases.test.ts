import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/edit/format-source.js';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { entryLines, haitiDraft, insertBefore, ROOT } from './haiti-draft.js';

function document(text: string): ResolutionDocument {
  const loaded = loadText('draft.yaml', text);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n'));
  return loaded.loaded.document;
}

const MINIMAL = readFileSync(path.join(ROOT, 'test/fixtures/valid-minimal.yaml'), 'utf8');

/** 1-based line and column of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; col: number } {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, col: at - before.lastIndexOf('\n') };
}

describe('fmt after paragraphs were deleted or moved', () => {
  it('reports, at the citation itself, a paragraph that no longer exists, and renumbers the rest', () => {
    const draft = haitiDraft();
    const input = draft.replace(entryLines(draft, '  - id: op_13', '  - id: op_14'), '');
    const result = formatSource('draft.yaml', input);
    const formatted = document(result.text!);
    expect(formatted.operative.map((p) => p.number)).toEqual(formatted.operative.map((_, i) => i + 1));
    const dangling = result.diagnostics.filter((d) => d.code === 'dangling-reference');
    // (a) of paragraph 10 cites "paragraph 13 below", the paragraph that was deleted (its reference says the same: one report).
    expect(dangling).toEqual([expect.objectContaining({ severity: 'error', ...positionOf(result.text!, 'paragraph 13 below;'), message: expect.stringContaining('"paragraph 13 below" in `op_10__a` no longer points anywhere') })]);
    expect(formatted.operative[9]!.subparagraphs![0]!.text).toBe('To examine the reports submitted pursuant to paragraph 13 below;');
    // The range 5 to 14 loses nothing: 14 is now 13.
    expect(formatted.operative[2]!.text).toContain('paragraphs 5 to 13 below');
  });

  it('warns when a range lost a paragraph in its middle', () => {
    const draft = haitiDraft();
    const input = draft.replace(entryLines(draft, '  - id: op_7', '  - id: op_8'), '');
    const result = formatSource('draft.yaml', input);
    const shrunk = result.diagnostics.filter((d) => d.code === 'reference-range-shrunk');
    expect(shrunk.length).toBeGreaterThan(0);
    expect(shrunk[0]!.message).toContain('paragraph 7 of the range no longer exists; the range now covers paragraphs 5 to 13');
    expect(document(result.text!).operative[2]!.text).toContain('paragraphs 5 to 13 below');
  });

  it('follows a moved paragraph and warns where "below" now points above', () => {
    const draft = haitiDraft();
    const committee = entryLines(draft, '  - id: op_10', '  - id: op_11');
    const input = insertBefore(draft.replace(committee, ''), '  - id: op_5', committee);
    const result = formatSource('draft.yaml', input);
    const formatted = document(result.text!);
    expect(formatted.operative.map((p) => p.id).slice(3, 7)).toEqual(['op_4', 'op_10', 'op_5', 'op_6']);
    expect(formatted.operative[4]!.number).toBe(5);
    expect(formatted.operative[7]!.text).toContain('the Committee established by paragraph 5 below');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'reference-direction', severity: 'warning', message: expect.stringContaining('"paragraph 10 below" in `op_7` says "below", but paragraph 5 now stands above it') }));
    // The range 5 to 14 is still consecutive: 10 moved inside it.
    expect(formatted.operative[2]!.text).toContain('paragraphs 5 to 14 below');
  });

  it('reports a range whose paragraphs are no longer together, and leaves it as written', () => {
    const draft = haitiDraft();
    const seven = entryLines(draft, '  - id: op_7', '  - id: op_8');
    const withSeven = insertBefore(draft.replace(seven, ''), '  - id: op_1', seven);
    const result = formatSource('draft.yaml', withSeven);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'reference-not-consecutive', severity: 'error' }));
    expect(document(result.text!).operative.find((p) => p.id === 'op_13')!.text).toContain('paragraphs 5 to 9 above');
  });

  it('reletters subparagraphs after one is deleted, and keeps their ids', () => {
    const draft = haitiDraft();
    const input = draft.replace(entryLines(draft, '      - id: op_10__b', '      - id: op_10__c'), '');
    const subs = document(formatSource('draft.yaml', input).text!).operative[9]!.subparagraphs!;
    expect(subs.map((s) => [s.id, s.number])).toEqual([['op_10__a', 'a'], ['op_10__c', 'b'], ['op_10__d', 'c'], ['op_10__e', 'd'], ['op_10__f', 'e']]);
  });

  it('reletters a roman run and a run after unnumbered text separately', () => {
    const input = MINIMAL.replace(
      '      - id: op_1__b\n        number: b\n        text: freeze the funds concerned;\n',
      `      - id: op_1__b
        number: b
        text: "freeze the funds concerned of:"
        subparagraphs:
          - { id: op_1__b__ii, number: ii, text: "the Government;" }
          - { number: iii, text: "any person acting for it, as in subparagraph (b) above;" }
      - id: op_1__text
        text: "notwithstanding any contract;"
      - id: op_1__c
        number: c
        text: "and report."
`,
    );
    const result = formatSource('draft.yaml', input);
    const subs = document(result.text!).operative[0]!.subparagraphs!;
    expect(subs.map((s) => s.number)).toEqual(['a', 'b', undefined, 'a']);
    expect(subs[1]!.subparagraphs!.map((s) => [s.id, s.number])).toEqual([['op_1__b__ii', 'i'], ['op_1__b__ii_2', 'ii']]);
    expect(result.text).toContain('- { id: op_1__b__ii_2, number: ii, text: "any person acting for it, as in subparagraph (b) above;" }');
  });
});

describe('fmt keeps what the person wrote', () => {
  it('keeps quoting styles and folded text as written, changing only the digits', () => {
    const input = MINIMAL.replace('  - id: op_2\n', `  - id: op_new
    number: 2
    text: 'Decides that the State''s obligations under paragraph 1 above apply;'
  - id: op_other
    number: 3
    text: "Recalls \\"paragraph 1 above\\" and paragraph 2 above;"
  - id: op_folded
    number: 4
    text: >-
      Requests all States to report on paragraphs 1 to
      3 above;
  - id: op_2
`).replace('    number: 2\n    text: Decides to remain', '    number: 5\n    text: Decides to remain');
    const withInsertion = insertBefore(input, '  - id: op_1', '  - id: op_first\n    text: "Urges compliance;"\n');
    const result = formatSource('draft.yaml', withInsertion);
    expect(result.diagnostics).toEqual([]);
    expect(result.text).toContain("    text: 'Decides that the State''s obligations under paragraph 2 above apply;'");
    expect(result.text).toContain('    text: "Recalls \\"paragraph 2 above\\" and paragraph 3 above;"');
    expect(result.text).toContain('    text: >-\n      Requests all States to report on paragraphs 2 to\n      4 above;');
  });

  it('mends a byte-order mark and Windows line endings, which the loader refuses', () => {
    const input = `\uFEFF${MINIMAL.replace(/\n/g, '\r\n')}`;
    const result = formatSource('draft.yaml', input);
    expect(result.text).toBe(MINIMAL);
    expect(result.changes).toEqual(['removed the byte-order mark (BOM)', 'converted Windows (CRLF) line endings to Unix (LF)']);
  });

  it('refuses to renumber while two clauses share an id, and writes nothing', () => {
    const input = MINIMAL.replace('  - id: op_2\n    number: 2', '  - id: op_1\n    number: 3');
    const result = formatSource('draft.yaml', input);
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-id', severity: 'error', ...positionOf(input, 'op_1\n    number: 3') })]);
  });

  it('reports a schema error where it is, and writes nothing', () => {
    const input = MINIMAL.replace('    number: 2\n', '    numbr: 2\n');
    const result = formatSource('draft.yaml', input);
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'unknown-property', ...positionOf(input, 'numbr') })]);
  });

  it('gives a new clause an id even in a document it does not renumber', () => {
    const input = MINIMAL.replace('completeness: full', 'completeness: partial').replace('  - id: op_2\n    number: 2', '  - number: 7');
    const result = formatSource('draft.yaml', input);
    const formatted = document(result.text!);
    expect(formatted.operative.map((p) => [p.id, p.number])).toEqual([['op_1', 1], ['op_7', 7]]);
  });
});

describe('fmt on an adopted resolution', () => {
  it('changes no official number and reports the numbering problem instead', () => {
    const shipped = readFileSync(path.join(ROOT, 'resolutions/haiti/S-RES-861-1993.yaml'), 'utf8');
    const input = shipped.replace('  - id: op_3\n    number: 3', '  - id: op_3\n    number: 5');
    const result = formatSource('861.yaml', input);
    expect(result.text).toBe(input);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'numbering', severity: 'error', hint: expect.stringContaining('official numbering'), ...positionOf(input, '5\n    text: >-\n      Expresses') }));
  });
});
