import { describe, expect, it } from 'vitest';
import { importResolution } from '../../src/import/import-resolution.js';
import { importLoaded as run } from './import-loaded.js';

const OPENING = ['RESOLUTION 2270 (2016)', '', 'Adopted by the Security Council at its 7638th meeting, on 2 March 2016', '', 'The Security Council,', ''];

/** Each operative paragraph's number, heading and text. */
const operative = (input: string) => run(input).document.operative.map((p) => [p.number, p.heading, p.text]);

describe('plain-text import reads headings above operative paragraphs', () => {
  it('as official texts print them: a short line standing alone between operative paragraphs', () => {
    const input = [
      ...OPENING,
      'Acting under Chapter VII of the Charter of the United Nations,',
      '',
      'Arms embargo',
      '',
      '1. Decides that all States shall prevent the supply of arms;',
      '',
      '2. Decides that the measures shall also apply to related materiel;',
      '',
      'Asset freeze',
      '',
      '3. Decides that all States shall freeze the funds of the designated persons;',
      '',
      'Adopted unanimously at the 7638th meeting.',
    ].join('\n');
    const { document } = run(input);
    expect(document.preamble.map((p) => p.text)).toEqual(['Acting under Chapter VII of the Charter of the United Nations,']);
    expect(document.operative.map((p) => [p.number, p.heading])).toEqual([[1, 'Arms embargo'], [2, undefined], [3, 'Asset freeze']]);
    expect(document.operative[1]!.subparagraphs).toBeUndefined();
  });

  it('in a hard-wrapped text with no blank lines between paragraphs', () => {
    const input = [
      ...OPENING,
      'Acting under Chapter VII of the Charter of the United Nations,',
      'Arms embargo',
      '1. Decides that all States shall prevent the supply of arms and related materiel',
      'of all types;',
      'Non-proliferation',
      '2. Decides that all States shall prevent the transfer of nuclear-related items;',
      'Maritime and aviation measures',
      '3. Decides that all States shall inspect cargo in their territory;',
      'Adopted unanimously at the 7638th meeting.',
    ].join('\n');
    expect(operative(input)).toEqual([
      [1, 'Arms embargo', 'Decides that all States shall prevent the supply of arms and related materiel of all types;'],
      [2, 'Non-proliferation', 'Decides that all States shall prevent the transfer of nuclear-related items;'],
      [3, 'Maritime and aviation measures', 'Decides that all States shall inspect cargo in their territory;'],
    ]);
  });

  it('before a paragraph known only from its summary, whose mark `bluedraft render` prints', () => {
    const input = [
      ...OPENING,
      '1. Decides that all States shall prevent the supply of arms;',
      '',
      'Sectoral measures',
      '',
      '(Paragraph number not confirmed; clause op_coal_ban.) Editorial summary, not the official text: Ban on coal. (sources: https://example.org/a)',
    ].join('\n');
    const { document } = run(input);
    expect(document.operative.map((p) => [p.id, p.heading])).toEqual([['op_1', undefined], ['op_coal_ban', 'Sectoral measures']]);
  });
});

describe('plain-text import does not take for a heading', () => {
  it('the short last line of a hard-wrapped paragraph', () => {
    const input = [
      ...OPENING,
      '4. Requests the Secretary-General to report to the Council on the',
      'Implementation',
      '',
      '5. Decides to remain seized of the matter.',
    ].join('\n');
    expect(operative(input)).toEqual([
      [4, undefined, 'Requests the Secretary-General to report to the Council on the Implementation'],
      [5, undefined, 'Decides to remain seized of the matter.'],
    ]);
  });

  it('the short end of a paragraph divided by a page break', () => {
    const input = [...OPENING, '4. Decides that the measures shall apply to the Government of', '', 'Haiti', '', '5. Decides to remain seized of the matter.'].join('\n');
    expect(operative(input)).toEqual([
      [4, undefined, 'Decides that the measures shall apply to the Government of Haiti'],
      [5, undefined, 'Decides to remain seized of the matter.'],
    ]);
  });

  it('an annex and its title', () => {
    const input = [...OPENING, '5. Decides to remain seized of the matter.', '', 'ANNEX', '', 'List of prohibited items', '', '1. Ballistic missiles.'].join('\n');
    const { document } = run(input);
    expect(operative(input)).toEqual([[5, undefined, 'Decides to remain seized of the matter.']]);
    expect(document.annexes).toEqual([{ id: 'annex_1', label: 'ANNEX', title: 'List of prohibited items', items: [{ id: 'annex_1__item_1', kind: 'item', label: '1', text: 'Ballistic missiles.' }] }]);
  });

  it('a one-line operative paragraph', () => {
    const input = [...OPENING, '4. Decides that all States shall prevent the supply of arms;', '', '5. Decides to remain seized of the matter.', '', 'Adopted unanimously at the 7638th meeting.'].join('\n');
    expect(operative(input)).toEqual([
      [4, undefined, 'Decides that all States shall prevent the supply of arms;'],
      [5, undefined, 'Decides to remain seized of the matter.'],
    ]);
  });

  it('the vote line, printed with or without its full stop', () => {
    for (const vote of ['Adopted unanimously at the 7638th meeting.', 'Adopted unanimously at the 7638th meeting']) {
      for (const gap of [[''], []]) {
        const { document } = run([...OPENING, '5. Decides to remain seized of the matter.', ...gap, vote].join('\n'));
        expect(document.operative.map((p) => [p.heading, p.text])).toEqual([[undefined, 'Decides to remain seized of the matter.']]);
        expect(document.vote?.record).toBe(vote);
      }
    }
  });

  it('a preambular paragraph that lost its comma, before the first operative paragraph', () => {
    const input = [...OPENING, 'Recalling its resolution 1718 (2006),', '', 'Acting under Chapter VII of the Charter', '', '1. Decides that all States shall prevent the supply of arms;'].join('\n');
    const { document } = run(input);
    expect(document.preamble.map((p) => p.text)).toEqual(['Recalling its resolution 1718 (2006),', 'Acting under Chapter VII of the Charter']);
    expect(document.operative[0]!.heading).toBeUndefined();
  });

  it('a short line that is followed by no operative paragraph', () => {
    const input = [...OPENING, '4. Decides that all States shall prevent:', '', '(a) The supply of arms;', '', 'Related materiel', '', '(b) The supply of spare parts;'].join('\n');
    const { document } = run(input);
    expect(document.operative.map((p) => p.heading)).toEqual([undefined]);
    expect(document.operative[0]!.subparagraphs!.map((s) => s.text)).toEqual(['The supply of arms;', 'Related materiel', 'The supply of spare parts;']);
  });
});

describe('Markdown import reads headings', () => {
  const runMd = (input: string) => importResolution(input, { file: 'input.md', format: 'md', schemaPath: '../../schemas/resolution.schema.json' });

  it('set as a paragraph of its own (a word processor\'s bold line) as well as with ###', () => {
    const input = ['The Security Council,', '', '1. *Decides* to act;', '', '**Arms embargo**', '', '2. *Decides* that States shall prevent the supply of arms;', '', '### Asset freeze', '', '3. *Decides* that States shall freeze funds;'].join('\n');
    expect(runMd(input).document.operative.map((p) => [p.number, p.heading])).toEqual([[1, undefined], [2, 'Arms embargo'], [3, 'Asset freeze']]);
  });

  it('keeps a heading that heads no operative paragraph in notes, and says so at its line', () => {
    const input = ['The Security Council,', '', '1. *Decides* to remain seized of the matter.', '', '### Follow-up', '', 'Adopted unanimously at the 7638th meeting.'].join('\n');
    const { document, diagnostics } = runMd(input);
    expect(document.operative.map((p) => p.heading)).toEqual([undefined]);
    expect(document.notes!.join('\n')).toContain('"Follow-up"');
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'import-heading-orphan', line: 5 }));
  });
});
