import { describe, expect, it } from 'vitest';
import { importLoaded as run } from './import-loaded.js';

/** The 1-based number of the input line that starts with `start`. */
const lineOf = (input: string, start: string) => input.split('\n').findIndex((l) => l.startsWith(start)) + 1;

const HEADER = ['RESOLUTION 2371 (2017)', '', 'Adopted by the Security Council at its 8019th meeting, on 5 August 2017', ''];
const NOTICE = 'This is not the complete official text. Passages marked "Editorial summary" are our own words, not the Council\'s; only the other passages are official wording.';

const EDITORIAL = [
  ...HEADER,
  `${NOTICE} The document is known only from summaries of it.`,
  '',
  'The Security Council,',
  '',
  '(Paragraph number partly confirmed; clause op_coal_iron_ban.) shall not supply, sell or transfer coal, iron, and iron ore.',
  '',
  'Editorial summary of the paragraph above, not the official text: Full ban on DPRK exports of coal. (sources: https://example.org/a; sources/dprk/DPRK-REGIME-FACTS.md; status: partly)',
  '',
  '(Paragraph number not confirmed; clause op_seafood_ban.) Editorial summary, not the official text: Ban on DPRK exports of seafood (fish; crustaceans). (sources: https://example.org/b; status: partly; note: Number unconfirmed; see (a) above.)',
  '',
  '8. Editorial summary, not the official text: Measures on vessels. (sources: sources/dprk/DPRK-REGIME-FACTS.md; status: confirmed)',
  '',
  '(a) Editorial summary, not the official text: Ban on vessels. (sources: https://example.org/c)',
  '',
  '(Subparagraph of op_8, number not confirmed; clause op_8__chartering.) Editorial summary, not the official text: Ban on chartering. (sources: https://example.org/d; status: partly)',
  '',
];

describe('import reads back the editorial marks that bluedraft render prints', () => {
  it('reads the notice, clause marks, summaries and fragments of official text', () => {
    const { document, diagnostics } = run(EDITORIAL.join('\n'));
    expect(document.completeness).toBe('summary');
    expect(diagnostics.filter((d) => d.code.startsWith('import-editorial') || d.code === 'import-header-unrecognised')).toEqual([]);
    const [coal, seafood, vessels] = document.operative;
    expect(coal).toMatchObject({ id: 'op_coal_iron_ban', numberStatus: 'partly', text: 'shall not supply, sell or transfer coal, iron, and iron ore.' });
    expect(coal!.number).toBeUndefined();
    expect(coal!.summary).toEqual({ text: 'Full ban on DPRK exports of coal.', sources: ['https://example.org/a', 'sources/dprk/DPRK-REGIME-FACTS.md'], status: 'partly' });
    expect(seafood).toMatchObject({ id: 'op_seafood_ban', numberStatus: 'unconfirmed' });
    expect(seafood!.text).toBeUndefined();
    expect(seafood!.summary).toEqual({ text: 'Ban on DPRK exports of seafood (fish; crustaceans).', sources: ['https://example.org/b'], status: 'partly', note: 'Number unconfirmed; see (a) above.' });
    expect(vessels).toMatchObject({ id: 'op_8', number: 8, summary: { text: 'Measures on vessels.', status: 'confirmed' } });
    expect(vessels!.subparagraphs).toEqual([
      { id: 'op_8__a', number: 'a', summary: { text: 'Ban on vessels.', sources: ['https://example.org/c'] } },
      { id: 'op_8__chartering', numberStatus: 'unconfirmed', summary: { text: 'Ban on chartering.', sources: ['https://example.org/d'], status: 'partly' } },
    ]);
  });

  it('reads the same marks in Markdown, where they are set in italics', () => {
    const markdown = [
      '# Resolution 2371 (2017)',
      '',
      `> **Editorial note:** ${NOTICE} Only parts of the official wording are known.`,
      '',
      'The Security Council,',
      '',
      '_(Paragraph number not confirmed; clause op\\_lead\\_ban.)_ _Editorial summary, not the official text:_ Ban on lead. (sources: <https://example.org/e>; status: partly)',
      '',
      '8. _Decides_ that vessels shall be inspected',
      '',
      '   _(Subparagraph of op\\_8, number partly confirmed; clause op\\_8\\_\\_ports.)_ _Editorial summary, not the official text:_ Port bans. (sources: <https://example.org/f>)',
      '',
    ].join('\n');
    const { document } = run(markdown, 'md');
    expect(document.completeness).toBe('partial');
    expect(document.operative.map((p) => [p.id, p.number, p.numberStatus, p.summary?.text, p.text])).toEqual([
      ['op_lead_ban', undefined, 'unconfirmed', 'Ban on lead.', undefined],
      ['op_8', 8, undefined, undefined, 'Decides that vessels shall be inspected'],
    ]);
    expect(document.operative[1]!.subparagraphs).toEqual([{ id: 'op_8__ports', numberStatus: 'partly', summary: { text: 'Port bans.', sources: ['https://example.org/f'] } }]);
  });

  it('never guesses: a mark that does not read is reported at its input line and kept word for word', () => {
    const input = [...HEADER, 'The Security Council,', '', '1. Decides to act,', '', '(Paragraph number unsure; clause op_x.) Editorial summary, not the official text: Ban on lead. (sources: https://example.org/g)', ''].join('\n');
    const { document, diagnostics } = run(input);
    expect(diagnostics.filter((d) => d.code === 'import-editorial-mark').map((d) => d.line)).toEqual([lineOf(input, '(Paragraph number unsure')]);
    const kept = JSON.stringify(document.operative);
    expect(kept).toContain('(Paragraph number unsure; clause op_x.) Editorial summary, not the official text: Ban on lead.');
    expect(kept).not.toContain('"id":"op_x"');
  });

  it('reports a mark naming a clause that is not above it, and keeps its words', () => {
    const input = [...HEADER, 'The Security Council,', '', '1. Decides to act,', '', '(Subparagraph of op_9; clause op_9__ports.) Port bans.', ''].join('\n');
    const { document, diagnostics } = run(input);
    expect(diagnostics.find((d) => d.code === 'import-editorial-mark')?.line).toBe(lineOf(input, '(Subparagraph of op_9'));
    expect(JSON.stringify(document.operative)).toContain('(Subparagraph of op_9; clause op_9__ports.) Port bans.');
  });

  it('keeps a summary without its sources as text, and says so at its line', () => {
    const input = [...HEADER, 'The Security Council,', '', '1. Editorial summary, not the official text: Ban on lead.', ''].join('\n');
    const { document, diagnostics } = run(input);
    expect(diagnostics.find((d) => d.code === 'import-editorial-summary')?.line).toBe(lineOf(input, '1. Editorial summary'));
    expect(document.operative[0]).toMatchObject({ id: 'op_1', number: 1, text: 'Editorial summary, not the official text: Ban on lead.' });
    expect(document.operative[0]!.summary).toBeUndefined();
  });
});
