import { describe, expect, it } from 'vitest';
import { importResolution, type ImportFormat } from '../../src/import/import-resolution.js';

function run(input: string, format: ImportFormat = 'text') {
  return importResolution(input, { file: format === 'md' ? 'input.md' : 'input.txt', format, schemaPath: '../../schemas/resolution.schema.json' });
}

/** Where `needle` (found once in the input) stands: its 1-based line and column. */
function at(input: string, needle: string): { line: number; col: number } {
  const lines = input.split('\n');
  const found = lines.flatMap((text, k) => (text.includes(needle) ? [{ line: k + 1, col: text.indexOf(needle) + 1 }] : []));
  expect(found, `"${needle}" should stand once in the input`).toHaveLength(1);
  return found[0]!;
}

/** The line and column of each diagnostic with `code`. */
function located(input: string, code: string, format: ImportFormat = 'text') {
  return run(input, format).diagnostics.filter((d) => d.code === code).map((d) => ({ line: d.line, col: d.col }));
}

const OPENING = ['RESOLUTION 841 (1993)', '', 'The Security Council,', ''];

describe('import points at the words a diagnostic is about, in the input as given', () => {
  it('a doubtful citation on the third line of a wrapped, indented paragraph, after a de-hyphenated word', () => {
    const input = [
      ...OPENING,
      '   1. Decides that the measures set out in the inter-',
      '      national instruments and in paragraphs 5–9 of the same',
      '      resolution, and in paragraph 3 of resolution 841 1993, are suspended;',
    ].join('\n');
    expect(located(input, 'import-citation-ocr-year')).toEqual([at(input, '841 1993')]);
    expect(located(input, 'import-citation-dash')).toEqual([at(input, '–9')]);
    expect(located(input, 'import-dehyphenated')).toEqual([at(input, 'inter-')].map(({ line }) => ({ line, col: input.split('\n')[line - 1]!.length })));
  });

  it('through characters that import removes (a zero-width space) and a line joined at a hyphen that stays', () => {
    const input = [...OPENING, '1. Decides that the Secretary-', 'General and\u200b all States shall act under paragraph 3 of resolution 841 1993;'].join('\n');
    const { line, col } = at(input, '841 1993');
    expect(located(input, 'import-citation-ocr-year')).toEqual([{ line, col }]);
  });

  it('a citation that does not read, on the second line', () => {
    const input = [...OPENING, '1. Decides that the measures imposed by paragraph 5 of', '   resolution 841 (l993) are suspended;'].join('\n');
    expect(located(input, 'import-citation-unread')).toEqual([at(input, 'resolution 841 (l993)')]);
    expect(run(input).document.operative[0]!.text).toBe('Decides that the measures imposed by paragraph 5 of resolution 841 (l993) are suspended;');
  });

  it('a capitalised citation that does not read, as one that reads is a citation', () => {
    const input = [...OPENING, 'Recalling Resolution 2397 (2017),', '', '1. Decides to act under', 'Resolution 841 (l993);'].join('\n');
    expect(located(input, 'import-citation-unread')).toEqual([at(input, 'Resolution 841 (l993)')]);
    expect(run(input).document.preamble[0]!.references).toEqual([{ resolution: '2397 (2017)', text: 'Resolution 2397 (2017)' }]);
  });

  it('the verb of an inferred effect, on the third line', () => {
    const input = [
      ...OPENING,
      '1. Decides that the measures set out in paragraphs 5 to 9 of resolution',
      '841 (1993), which the Council adopted at its 3238th meeting on 16 June',
      '1993, are suspended with immediate effect;',
      '',
      '2. Decides that the authority of the Committee established by resolution',
      '841 (1993) shall terminate the suspension of those measures on the request of the',
      'Secretary-General;',
    ].join('\n');
    const effects = run(input).diagnostics.filter((d) => d.code === 'import-effect-inferred');
    expect(effects.map((d) => ({ line: d.line, col: d.col }))).toEqual([at(input, 'suspended with'), at(input, 'terminate the suspension')]);
    expect(effects[0]!.message).toContain('suspend');
    expect(effects[1]!.message).toContain('reinstate');
  });

  it('a word divided in a header line (with or without the opening words), the vote line or an annex, once', () => {
    const input = [
      'Draft resolution sub-', 'mitted by France', '', 'The Security Council,', '', '1. Decides to remain seized of the matter.', '',
      'Adopted unani-', 'mously at the 3238th meeting.', '', 'ANNEX', '', 'List of pro-', 'hibited items',
    ].join('\n');
    expect(located(input, 'import-dehyphenated')).toEqual(['sub-', 'unani-', 'pro-'].map((word) => {
      const { line, col } = at(input, word);
      return { line, col: col + word.length - 1 };
    }));
    expect(located(['Draft resolution sub-', 'mitted by France', '', '1. Decides to act;'].join('\n'), 'import-dehyphenated')).toEqual([{ line: 1, col: 21 }]);
  });

  it('a number or a label out of sequence, where it is printed', () => {
    const input = [...OPENING, '1. Decides that States shall:', '', '    (a) Prevent the sale of arms;', '', '    (c) Prevent the sale of petroleum;', '', '  3. Decides to remain seized of the matter.'].join('\n');
    expect(located(input, 'import-numbering')).toEqual([at(input, '(c)'), at(input, '3.')]);
  });

  it('a number misread by OCR, where it is printed', () => {
    const input = [...OPENING, '    i. Decides to act;'].join('\n');
    expect(located(input, 'import-ocr-number')).toEqual([at(input, 'i.')]);
  });

  it('an editorial mark that does not read, after the paragraph number', () => {
    const input = [...OPENING, '1. Decides to act;', '', '2. (Paragraph number unsure; clause op_x.) Editorial summary, not the', 'official text: Ban on lead. (sources: https://example.org/g)'].join('\n');
    expect(located(input, 'import-editorial-mark')).toEqual([at(input, '(Paragraph number unsure')]);
  });

  it('reads an editorial mark wrapped over two lines', () => {
    const input = [...OPENING, '1. Decides to act;', '', '(Paragraph number not', 'confirmed; clause op_lead_ban.) Editorial summary, not the official text:', 'Ban on lead. (sources: https://example.org/g)'].join('\n');
    const { document, diagnostics } = run(input);
    expect(diagnostics.filter((d) => d.code.startsWith('import-editorial'))).toEqual([]);
    expect(document.operative[1]).toEqual(expect.objectContaining({ id: 'op_lead_ban', numberStatus: 'unconfirmed', summary: { text: 'Ban on lead.', sources: ['https://example.org/g'] } }));
  });

  it('in Markdown, past the markup: emphasis, list indentation, escapes', () => {
    const input = [
      '# Resolution 841 (1993)',
      '',
      'The Security Council,',
      '',
      '1. *Decides* that the measures set out in paragraphs 5–9 of resolution',
      '   841 1993 are \\*suspended\\*;',
    ].join('\n');
    expect(located(input, 'import-citation-dash', 'md')).toEqual([at(input, '–9')]);
    expect(located(input, 'import-citation-ocr-year', 'md')).toEqual([at(input, '841 1993')]);
    expect(located(input, 'import-effect-inferred', 'md')).toEqual([at(input, 'suspended')]);
  });
});
