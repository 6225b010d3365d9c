import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { renderedText } from '../support/rendered-text.js';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { importLoaded as run } from './import-loaded.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE_841 = readFileSync(path.join(ROOT, 'sources/haiti/S-RES-841-1993.txt'), 'utf8');

/** Every word of the output as printed (header, opening, clauses, annexes, vote), then its notes. */
function outputWords(document: ResolutionDocument): string[] {
  return [renderedText(document), ...(document.notes ?? [])].join(' ').split(/\s+/).filter(Boolean);
}

const normalise = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

/**
 * Asserts that the words of `input` all appear in the output, in order. A paragraph number or
 * label read for what it stands for ("i." → "1.", "(6)" → "(b)", its correction recorded) is the
 * one thing allowed to differ.
 */
function expectWordsInOrder(input: string, document: ResolutionDocument): void {
  const wanted = input.split(/\s+/).filter((w) => !/^\(?[0-9il]{1,3}[.,)]$/.test(w)).map(normalise).filter(Boolean);
  const have = outputWords(document).map(normalise).filter(Boolean);
  let at = 0;
  for (const word of wanted) {
    const found = have.indexOf(word, at);
    expect(found, `"${word}" is missing (or out of order) in the output`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

const codes = (result: ReturnType<typeof run>) => result.diagnostics.map((d) => d.code);

describe('importResolution on the official text layout', () => {
  it('reads the header, preamble, operative paragraphs, subparagraphs and proposes effects', () => {
    const { document } = run(SOURCE_841);
    expect(document).toMatchObject({ symbol: 'S/RES/841 (1993)', number: 841, year: 1993, meeting: 3238, dates: { adopted: '1993-06-16' }, completeness: 'full' });
    expect(document.preamble).toHaveLength(15);
    expect(document.operative.map((p) => p.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(document.operative[9]!.subparagraphs!.map((s) => s.id)).toEqual(['op_10__a', 'op_10__b', 'op_10__c', 'op_10__d', 'op_10__e', 'op_10__f']);
    expect(document.operative[2]!.effects).toEqual([{ action: 'impose', target: { paragraphs: ['5-14'] }, effective: expect.objectContaining({ date: '1993-06-23', time: '00:01', zone: 'EST' }), inferred: true }]);
    expect(document.operative[9]!.effects).toEqual([{ action: 'establish-committee', inferred: true }]);
  });

  it('joins a paragraph split by a page break and reports it at the line', () => {
    const result = run(SOURCE_841);
    expect(result.document.operative[3]!.text).toContain('the Secretary-General of the Organization of American States, reports to the Council');
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'import-page-break', line: 105, severity: 'info' }));
  });

  it('de-hyphenates printers\' hyphenation but keeps hyphens that belong to the word', () => {
    const { document, diagnostics } = run('The Security Council,\n\n1. Decides that the inter-\nnational community and the Secretary-\nGeneral act on a case-by-\ncase basis, with non-\nproliferation in mind;');
    expect(document.operative[0]!.text).toBe('Decides that the international community and the Secretary-General act on a case-by-case basis, with non-proliferation in mind;');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'import-dehyphenated', line: 3 }));
  });

  it('reads OCR variants of numbers and labels and records each correction', () => {
    const { document, diagnostics } = run('The Security Council,\n\ni. Determines that the situation is a threat;\n\n2. Decides that all States shall prevent:\n\n(2) The import of asbestos;\n\n(6) Any activities which promote it;\n\nnotwithstanding any contracts:\n\n3, Decides to remain seized of the matter.');
    expect(document.operative.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(document.operative[0]!.corrections).toEqual([expect.objectContaining({ original: 'i.', corrected: '1.' })]);
    expect(document.operative[2]!.corrections).toEqual([expect.objectContaining({ original: '3,', corrected: '3.' })]);
    const subs = document.operative[1]!.subparagraphs!;
    expect(subs.map((s) => [s.id, s.number])).toEqual([['op_2__a', 'a'], ['op_2__b', 'b'], ['op_2__after_b', undefined]]);
    expect(subs[1]!.corrections).toEqual([expect.objectContaining({ original: '(6)', corrected: '(b)' })]);
    expect(diagnostics.filter((d) => d.code === 'import-ocr-number' || d.code === 'import-ocr-label').map((d) => d.line)).toEqual([3, 7, 9, 13]);
  });

  it('nests roman subparagraphs under a lettered one', () => {
    const { document } = run('The Security Council,\n\n1. Decides that States shall:\n\n(a) Require the closure of offices;\n\n(b) Prohibit arrangements for:\n\n(i) The making available of aircraft, or\n\n(ii) The provision of servicing;\n\n(c) Prohibit supplies;');
    const subs = document.operative[0]!.subparagraphs!;
    expect(subs.map((s) => s.id)).toEqual(['op_1__a', 'op_1__b', 'op_1__c']);
    expect(subs[1]!.subparagraphs!.map((s) => s.id)).toEqual(['op_1__b__i', 'op_1__b__ii']);
  });

  it('reads the closing vote line and keeps the footnote junk after it in notes', () => {
    const { document, diagnostics } = run('Resolution 875 (1993)\nof 16 October 1993\n\nThe Security Council,\n\nRecalling its resolution 841 (1993),\n\n1. Decides to remain seized of the matter.\n\nAdopted unanimously at the 3293rd meeting.\nDecisions\n\n27 Ibid., document S/26587.');
    expect(document.vote).toEqual({ unanimous: true, record: 'Adopted unanimously at the 3293rd meeting.' });
    expect(document.meeting).toBe(3293);
    expect(document.notes!.join('\n')).toContain('Decisions');
    expect(document.notes!.join('\n')).toContain('27 Ibid., document S/26587.');
    expect(diagnostics.filter((d) => d.code === 'import-trailing-text').map((d) => d.line)).toEqual([11, 13]);
  });

  it('reads a vote with a tally and abstentions', () => {
    const { document } = run('RESOLUTION 1 (1990)\n\nThe Security Council,\n\n1. Decides to remain seized.\n\nAdopted at the 1535th meeting by 14 votes to none, with\none abstention (Spain).');
    expect(document.vote).toMatchObject({ inFavour: 14, against: 0, abstaining: 1, abstentions: ['Spain'] });
  });
});

describe('importResolution on bad input: always a file, every doubt located, no text dropped', () => {
  const cases: Array<[string, string, string[]]> = [
    ['not a resolution', 'Dear colleagues,\n\nPlease find attached the revised text.\nThe vote is set for Thursday.\n\nBest regards', ['import-no-opening', 'import-not-resolution']],
    ['truncated', 'RESOLUTION 841 (1993)\n\nThe Security Council,\n\nRecalling its resolution 731 (1992),\n\n1. Decides that all States shall prevent the sale or supply of petroleum to any person or body in', ['import-truncated']],
    ['paragraphs out of order', 'The Security Council,\n\n1. Decides one;\n\n3. Decides three;\n\n2. Decides two;', ['import-numbering']],
    ['duplicate numbers', 'The Security Council,\n\n1. Decides one;\n\n2. Decides two;\n\n2. Decides two again;', ['import-numbering', 'import-duplicate-id']],
    ['Word-style numbered list', 'The Security Council,\n\nRecalling its resolutions,\n\n1) Decides that all States shall prevent the sale of arms;\n\n2) Requests the Secretary-General to report;', ['import-list-numbering']],
    ['mixed CRLF', 'The Security Council,\r\n\r\nRecalling its resolution 841 (1993),\n\n1. Decides to remain seized of the matter.\r\n', ['import-line-endings']],
    ['Unicode look-alikes', 'The\u00a0Security Council,\n\nRecalling “the statement” of its President,\n\n1. Decides that the measures set out in paragraphs 5–9 of resolution\u00a0841 (1993) are suspended;', ['import-space-lookalike', 'import-citation-dash']],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    const result = run(input);
    for (const code of expected) expect(codes(result)).toContain(code);
    for (const d of result.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(input.split(/\r\n|\r|\n/).length);
    }
    expectWordsInOrder(input, result.document);
  });

  it('keeps the words of every real source text, in order', () => {
    for (const file of ['haiti/S-RES-873-1993.txt', 'southern-rhodesia/S-RES-277-1970.txt', 'libya/S-RES-883-1993.txt', 'dprk/S-2017-769.txt', 'dprk/UNREPORT-2017-DPRK-nuclear-test-text.txt']) {
      const input = readFileSync(path.join(ROOT, 'sources', file), 'utf8');
      const result = run(input);
      const opening = input.search(/^The Security Council,/m);
      const body = (opening >= 0 ? input.slice(opening) : input.split('\n').slice(4).join('\n')).replace(/-\n(?=[a-z])/g, '');
      const pageNumbers = body.match(/^\d{1,4}$/gm) ?? [];
      for (const page of pageNumbers) expect(result.document.notes!.join(' ')).toContain(`"${page}"`);
      expectWordsInOrder(body.replace(/^\d{1,4}$/gm, ''), result.document);
    }
  });

  it('reads curly quotes and en dashes as printed, with the range understood', () => {
    const { document } = run('The Security Council,\n\n1. Decides that the measures set out in paragraphs 5–9 of resolution 841 (1993) are “suspended”;');
    expect(document.operative[0]!.text).toContain('paragraphs 5–9 of resolution 841 (1993) are “suspended”');
    expect(document.operative[0]!.references![0]).toMatchObject({ resolution: '841 (1993)', paragraphs: ['5-9'] });
    expect(document.operative[0]!.effects![0]).toMatchObject({ action: 'suspend', target: { resolution: '841 (1993)', paragraphs: ['5-9'] } });
  });
});

describe('importResolution on Markdown', () => {
  const markdown = [
    '# Resolution 861 (1993)',
    '',
    'Adopted by the Security Council at its 3271st meeting, on 27 August 1993',
    '',
    'The Security Council,',
    '',
    '*Recalling* its resolution 841 (1993) of 16 June 1993,',
    '*Commending* the efforts undertaken by the Special Envoy,',
    '',
    '*Acting* under Chapter VII of the Charter of the United Nations,',
    '',
    '1. *Decides* that the measures set out in paragraphs 5 to 9 of resolution',
    '   841 (1993) are suspended with immediate effect;',
    '2. Decides that States shall:',
    '',
    '   (a) Prevent the sale of arms;',
    '',
    '   (b) Prevent the sale of petroleum;',
    '3. **Decides** to remain seized of the matter.',
  ].join('\n');

  it('reads headings, italic openers run together, ordered lists and labelled paragraphs inside them', () => {
    const { document, diagnostics } = run(markdown, 'md');
    expect(document).toMatchObject({ number: 861, year: 1993, meeting: 3271, dates: { adopted: '1993-08-27' } });
    expect(document.preamble.map((p) => p.text)).toEqual([
      'Recalling its resolution 841 (1993) of 16 June 1993,',
      'Commending the efforts undertaken by the Special Envoy,',
      'Acting under Chapter VII of the Charter of the United Nations,',
    ]);
    expect(document.operative.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(document.operative[0]!.text).toBe('Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended with immediate effect;');
    expect(document.operative[0]!.effects![0]).toMatchObject({ action: 'suspend', target: { resolution: '841 (1993)', paragraphs: ['5-9'] }, effective: { immediately: true } });
    expect(document.operative[1]!.subparagraphs!.map((s) => s.id)).toEqual(['op_2__a', 'op_2__b']);
    expect(document.operative[2]!.text).toBe('Decides to remain seized of the matter.');
    expect(diagnostics.every((d) => d.line >= 1 && d.line <= 19)).toBe(true);
  });

  it('keeps the numbers a list is printed with, and reports a gap as in plain text', () => {
    const { document, diagnostics } = run(markdown.replace('3. **Decides**', '5. **Decides**'), 'md');
    expect(document.operative.map((p) => p.number)).toEqual([1, 2, 5]);
    expect(diagnostics.filter((d) => d.code === 'import-numbering').map((d) => [d.line, d.col])).toEqual([[19, 1]]);
  });
});

describe('bluedraft import (CLI)', () => {
  const source = path.join(ROOT, 'sources/haiti/S-RES-861-1993.txt');

  it('prints YAML with the schema line first when no -o is given, and diagnostics on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['import', source, '--regime', 'haiti'], { cwd: ROOT });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=schemas/resolution.schema.json');
    expect(stdout).toContain('regime: haiti');
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('writes with -o, refuses to overwrite without --force, overwrites with it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-import-'));
    const out = path.join(folder, 'out.yaml');
    expect((await runCli(['import', source, '-o', out])).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(loadText(out, written).ok).toBe(true);
    expect(written).toContain(`file: ${path.relative(folder, source).split(path.sep).join('/')}`);
    writeFileSync(out, 'keep me');
    const refused = await runCli(['import', source, '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runCli(['import', source, '-o', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(written);
  });

  it('reports diagnostics as file:line:col  severity  message  [code]', async () => {
    const { stderr } = await runCli(['import', 'sources/haiti/S-RES-873-1993.txt'], { cwd: ROOT });
    expect(stderr).toMatch(/^sources\/haiti\/S-RES-873-1993\.txt:10:27 {2}warning {2}.* {2}\[import-citation-ocr-year\]$/m);
  });

  it('gives usage errors and missing files plainly', async () => {
    expect((await runCli(['import'])).code).toBe(2);
    expect((await runCli(['import', source, '--format', 'rtf'])).code).toBe(2);
    const missing = await runCli(['import', 'no-such-file.txt'], { cwd: ROOT });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.txt:1:1  error  no such file');
    expect(existsSync(path.join(ROOT, 'no-such-file.yaml'))).toBe(false);
  });
});
