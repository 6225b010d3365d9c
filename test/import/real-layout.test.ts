import { describe, expect, it } from 'vitest';
import { checkWritten } from '../../src/import/check-written.js';
import { importResolution } from '../../src/import/import-resolution.js';

/** Each bug of issue 11's list on a small text laid out as real ones are: it must import into a file that validates. */
function run(lines: string[]) {
  const input = lines.join('\n');
  const result = importResolution(input, { file: 'input.txt', format: 'text', schemaPath: '../../schemas/resolution.schema.json' });
  expect(checkWritten('out.yaml', result.yaml).map((d) => `${d.line}:${d.col} ${d.message}`)).toEqual([]);
  return { ...result, input };
}

const HEADER = ['RESOLUTION 3003 (2031)', '', 'Adopted by the Security Council at its 9713th meeting, on 2 May 2031', '', 'The Security Council,', '', 'Recalling its resolution 3001 (2031),', ''];
const VOTE = ['', 'Adopted unanimously at the 9713th meeting.'];
const numbers = (result: ReturnType<typeof run>) => result.document.operative.map((p) => p.number);
const warningAt = (result: ReturnType<typeof run>, code: string) => result.diagnostics.filter((d) => d.code === code).map((d) => d.line);

describe('OCR\'d paragraph numbers are read in their sequence, the printed form recorded', () => {
  it.each([['S.', 'S. Decides'], ['16. |', '16. | Decides'], ['24. ~—', '24. ~— Decides'], ['1,', '1, Decides'], ['l.', 'l. Decides'], ['ll.', 'll. Decides']])('%s', (printed, line) => {
    const value = printed === 'S.' ? 5 : printed === 'll.' ? 11 : Number(/\d+/.exec(printed)?.[0] ?? 1);
    const before = Array.from({ length: value - 1 }, (_, k) => [`${k + 1}. Requests the Secretary-General to act;`, '']).flat();
    const result = run([...HEADER, ...before, `${line} to remain seized of the matter.`, ...VOTE]);
    expect(numbers(result)).toEqual(Array.from({ length: value }, (_, k) => k + 1));
    const last = result.document.operative.at(-1)!;
    expect(last.text).toBe('Decides to remain seized of the matter.');
    expect(last.corrections).toEqual([expect.objectContaining({ original: printed, corrected: `${value}.` })]);
    expect(warningAt(result, 'import-ocr-number')).toEqual([HEADER.length + before.length + 1]);
  });
});

describe('a number that does not fit the sequence is no paragraph number', () => {
  it('a wrapped "600," after a page break in the middle of a sentence continues it', () => {
    const result = run([...HEADER, '1. Decides that the ceiling shall be raised from 450 to', '', '600, (six hundred), including military observers;', '', '2. Decides to remain seized of the matter.', ...VOTE]);
    expect(numbers(result)).toEqual([1, 2]);
    expect(result.document.operative[0]!.text).toBe('Decides that the ceiling shall be raised from 450 to 600, (six hundred), including military observers;');
  });

  it('a resolution cited at the start of a line after a comma ("…," / "745 (1992) of …") stays in its paragraph, its citation kept', () => {
    const reaffirming = ['Reaffirming its resolutions 668 (1990) of 20 September 1990, 728 (1992) of 8 January 1992,', '745 (1992) of 28 February 1992 and 783 (1992) of 13 October 1992,', ''];
    const result = run([...HEADER.slice(0, -2), ...reaffirming, '1. Decides to remain seized of the matter.', ...VOTE]);
    expect(result.document.preamble.map((p) => p.text)).toEqual(['Reaffirming its resolutions 668 (1990) of 20 September 1990, 728 (1992) of 8 January 1992, 745 (1992) of 28 February 1992 and 783 (1992) of 13 October 1992,']);
    expect(result.document.preamble[0]!.references?.flatMap((r) => r.resolutions ?? [])).toEqual(expect.arrayContaining(['745 (1992)', '783 (1992)']));
  });

  it('a paragraph whose number was lost between two others gets it back, said in a note', () => {
    const result = run([...HEADER, '1. Requests the Secretary-General to act;', '', 'Calls upon all parties to cooperate;', '', '3. Decides to remain seized of the matter.', ...VOTE]);
    expect(numbers(result)).toEqual([1, 2, 3]);
    expect(result.document.operative[1]!.note).toMatch(/not printed in the source/);
  });
});

describe('list labels are kept exactly as printed', () => {
  it('(1) … (9), never relabelled (a), (b)', () => {
    const items = Array.from({ length: 9 }, (_, k) => [`(${k + 1}) criterion number ${k + 1};`, '']).flat();
    const result = run([...HEADER, '1. Decides that the Committee shall designate on the following criteria:', '', ...items, '2. Decides to remain seized of the matter.', ...VOTE]);
    expect(result.document.operative[0]!.subparagraphs!.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(result.document.operative[0]!.subparagraphs!.some((s) => s.corrections)).toBe(false);
  });

  it('(A), (B) and a list numbered "1." after a colon', () => {
    const result = run([...HEADER, '1. Decides:', '', '(A) first;', '', '(B) second;', '', '2. Notes the following:', '', '1. The first commission;', '', '2. The second commission.', ...VOTE]);
    expect(numbers(result)).toEqual([1, 2]);
    expect(result.document.operative.map((p) => p.subparagraphs?.map((s) => s.number))).toEqual([['A', 'B'], ['1', '2']]);
  });
});

describe('page furniture is taken out of the clauses and recorded', () => {
  it('job numbers, page marks, bar codes and the running symbol', () => {
    const result = run([
      ...HEADER, '1. Decides that all States shall prevent the supply of arms to', '', 'PAGE 2 of 3', '02-75941 (E)', '*0275941*', 'S/RES/3003 (2031)', 'Page 2', '/...', '',
      'the armed groups;', '', '2 02-75941', '02-75941 (E) 301202', '02-75941 3/3', '', '2. Decides to remain seized of the matter.', ...VOTE,
    ]);
    expect(result.document.operative[0]!.text).toBe('Decides that all States shall prevent the supply of arms to the armed groups;');
    const furniture = ['PAGE 2 of 3', '02-75941 (E)', '*0275941*', 'S/RES/3003 (2031)', 'Page 2', '/...', '2 02-75941', '02-75941 (E) 301202', '02-75941 3/3'];
    expect(result.setAside.filter((l) => l.kind === 'page-furniture').map((l) => l.text)).toEqual(furniture);
    expect(result.document.notes!.filter((n) => /not part of any clause/.test(n))).toHaveLength(furniture.length);
    expect(warningAt(result, 'import-page-furniture')).toHaveLength(furniture.length);
  });
});

describe('the modern UN layout', () => {
  it('reads the symbol, date and meeting from its header lines', () => {
    const result = run([
      'United Nations S/RES/1999 (2031)', '', 'Security Council Distr.: General 30 December 2031', '', '31-75941 (E)', '',
      'Resolution 1999 (2031) Adopted by the Security Council at its 9799th meeting, on 30 December 2031', '', 'The Security Council,', '',
      'Recalling its resolution 3001 (2031),', '', '1. Decides to remain seized of the matter.', '', '31-75941',
    ]);
    expect(result.document).toMatchObject({ symbol: 'S/RES/1999 (2031)', dates: { adopted: '2031-12-30' }, meeting: 9799 });
    expect(result.document.notes?.some((n) => /Header line kept/.test(n))).toBeFalsy();
  });
});

describe('header facts damaged by OCR are read, with a warning naming the printed form', () => {
  it('"Apri]", "298Ist", "l9 June"', () => {
    const result = run(['RESOLUTION 3004 (2031)', '', 'Adopted by the Security Council at its 298Ist meeting, on l9 Apri] 2031', '', 'The Security Council,', '', '1. Decides to remain seized of the matter.', ...VOTE]);
    expect(result.document).toMatchObject({ dates: { adopted: '2031-04-19' }, meeting: 2981 });
    const messages = result.diagnostics.filter((d) => d.code === 'import-header-misread').map((d) => d.message);
    expect(messages.join('\n')).toMatch(/"l9 Apri\] 2031"/);
    expect(messages.join('\n')).toMatch(/"298Ist meeting"/);
  });

  it('an adoption line with no "The Security Council," after it is a header line, not the vote', () => {
    const result = run(['RESOLUTION 768 (1992)', '', 'Adopted by the Security Council at its 3102nd meeting on 30 July 1992', '', 'Recalling its resolutions 425 (1978) and 426 (1978),', '', '1. Decides to remain seized of the matter.', ...VOTE]);
    expect(result.document).toMatchObject({ dates: { adopted: '1992-07-30' }, meeting: 3102 });
    expect(result.document.preamble.map((p) => p.text)).toEqual(['Recalling its resolutions 425 (1978) and 426 (1978),']);
  });

  it.each([
    ['Approved unanimously at the', '2936th meeting.', 2936],
    ['Adopted unanimously at the 3017th (closed)', 'meeting.', 3017],
    ['Adopted unanimously at the 3005', 'meeting', 3005],
  ])('the closing record "%s %s"', (first, second, meeting) => {
    const result = run(['Resolution 663 (1990)', 'of 14 August 1990', '', 'The Security Council,', '', 'Recommends to the General Assembly that the State be admitted.', '', first, second]);
    expect(result.document.meeting).toBe(meeting);
    expect(result.document.vote).toMatchObject({ unanimous: true });
  });

  it('a date that cannot be read is warned of, never lost in silence', () => {
    const result = run(['RESOLUTION 3004 (2031)', '', 'Adopted by the Security Council at its 9714th meeting, on the second of May', '', 'The Security Council,', '', '1. Decides to remain seized of the matter.', ...VOTE]);
    expect(result.document.dates).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.code === 'import-header-date' && d.severity === 'warning')).toHaveLength(1);
  });
});

describe('annexes by any conventional name', () => {
  it.each(['Annex', 'ANNEX', 'Annex I', 'ANNEX A', 'Annex B', 'APPENDIX', 'Appendix II'])('%s', (label) => {
    const result = run([...HEADER, '1. Decides to remain seized of the matter.', '', label, '', 'List of items', '', '1. Small arms.']);
    expect(result.document.annexes).toEqual([expect.objectContaining({ label, title: 'List of items' })]);
    expect(result.document.operative).toHaveLength(1);
  });
});

describe('parts A, B, C', () => {
  it('each with its label, title and own preamble, numbering running on', () => {
    const result = run([
      ...HEADER, 'A', '', 'Arms embargo', '', '1. Decides that all States shall prevent the supply of arms;', '',
      'Part B', '', 'The Security Council,', '', 'Noting the report of the Secretary-General,', '', '2. Decides to remain seized of the matter.', ...VOTE,
    ]);
    expect(result.document.parts).toEqual([{ id: 'part_a', label: 'A', title: 'Arms embargo' }, { id: 'part_b', label: 'B' }]);
    expect(result.document.preamble.map((p) => p.part)).toEqual([undefined, 'part_b']);
    expect(result.document.operative.map((p) => [p.part, p.number])).toEqual([['part_a', 1], ['part_b', 2]]);
  });

  it('up to part I, as S/RES/687 (1991) runs; a lone "S" in a modern header is no part', () => {
    const parts = 'ABCDEFGHI'.split('').flatMap((label, k) => [label, '', `${k + 1}. Decides on the matters of part ${label};`, '']);
    const result = run(['United Nations', '', 'S', '', 'Security Council', '', ...HEADER, ...parts.slice(0, -1), ...VOTE]);
    expect(result.document.parts?.map((p) => p.label)).toEqual('ABCDEFGHI'.split(''));
    expect(numbers(result)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('in Markdown: ## A, then its title', () => {
    const input = ['# Resolution 3003 (2031)', '', 'Adopted by the Security Council at its 9713th meeting, on 2 May 2031', '', 'The Security Council,', '', '## A', '', '### Arms embargo', '', '1. Decides that all States shall prevent the supply of arms;', '', '## B', '', '2. Decides to remain seized of the matter.'].join('\n');
    const result = importResolution(input, { file: 'input.md', format: 'md', schemaPath: 'schema.json' });
    expect(result.document.parts).toEqual([{ id: 'part_a', label: 'A', title: 'Arms embargo' }, { id: 'part_b', label: 'B' }]);
    expect(result.document.operative.map((p) => p.part)).toEqual(['part_a', 'part_b']);
  });
});
