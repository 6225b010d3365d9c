import { describe, expect, it } from 'vitest';
import type { Subparagraph } from '../../../src/model/document.js';
import { buildDocx, HEADER, importBytes, lvl, p, printedParagraphs } from './build-docx.js';

/** A list definition for operative paragraphs: 1. / (a) / (i), and instances of it. */
const OPERATIVE = `<w:abstractNum w:abstractNumId="7">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '(%2)')}${lvl(2, 'lowerRoman', '(%3)')}</w:abstractNum>`;

function labels(subs: Subparagraph[] | undefined): unknown[] {
  return (subs ?? []).map((s) => (s.subparagraphs ? [s.number, labels(s.subparagraphs)] : s.number));
}

describe('Word automatic numbering, computed as Word prints it (hand-built numbering.xml)', () => {
  it('nested levels: 1. (a) (b) (i) (ii) (c) 2. (a) — a level restarts when a higher one is used', () => {
    const body = HEADER + [p('Decides one thing:', { numId: 1, ilvl: 0 }), p('first;', { numId: 1, ilvl: 1 }), p('second, as follows:', { numId: 1, ilvl: 1 }), p('one;', { numId: 1, ilvl: 2 }), p('two;', { numId: 1, ilvl: 2 }), p('third;', { numId: 1, ilvl: 1 }), p('Decides another thing:', { numId: 1, ilvl: 0 }), p('again first.', { numId: 1, ilvl: 1 })].join('');
    const { document } = importBytes(buildDocx({ body, numbering: `${OPERATIVE}<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>` }));
    expect(document.operative.map((o) => o.number)).toEqual([1, 2]);
    expect(labels(document.operative[0]!.subparagraphs)).toEqual(['a', ['b', ['i', 'ii']], 'c']);
    expect(labels(document.operative[1]!.subparagraphs)).toEqual(['a']);
    expect(document.operative[0]!.text).toBe('Decides one thing:');
  });

  it('start values and w:startOverride: an instance that overrides a start restarts there where first used; one without continues its definition\'s count', () => {
    const numbering = `${OPERATIVE}<w:num w:numId="1"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>`;
    const body = [p('A', { numId: 1, ilvl: 0 }), p('B', { numId: 1, ilvl: 0 }), p('C', { numId: 2, ilvl: 0 }), p('D', { numId: 2, ilvl: 0 }), p('E', { numId: 3, ilvl: 0 }), p('F', { numId: 1, ilvl: 0 })].join('');
    expect(printedParagraphs(buildDocx({ body, numbering }))).toEqual(['4. A', '5. B', '10. C', '11. D', '12. E', '13. F']);
  });

  it('a restarted list (pandoc writes a new instance with startOverride 1 for each list) begins again at 1, in the imported clauses too', () => {
    const numbering = `${OPERATIVE}<w:num w:numId="1"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = HEADER + [p('Decides A;', { numId: 1, ilvl: 0 }), p('Decides B;', { numId: 1, ilvl: 0 }), p('Annex'), p('Item one;', { numId: 2, ilvl: 0 }), p('Item two.', { numId: 2, ilvl: 0 })].join('');
    expect(printedParagraphs(buildDocx({ body, numbering })).slice(4)).toEqual(['1. Decides A;', '2. Decides B;', 'Annex', '1. Item one;', '2. Item two.']);
    const { document } = importBytes(buildDocx({ body, numbering }));
    expect(document.operative.map((o) => o.number)).toEqual([1, 2]);
  });

  it('w:lvlRestart 0: the letters run on across the numbered paragraphs', () => {
    const numbering = `<w:abstractNum w:abstractNumId="3">${lvl(0, 'decimal', '%1.')}${lvl(1, 'lowerLetter', '(%2)', 1, '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>`;
    const body = HEADER + [p('Decides:', { numId: 5, ilvl: 0 }), p('x;', { numId: 5, ilvl: 1 }), p('Further decides:', { numId: 5, ilvl: 0 }), p('y.', { numId: 5, ilvl: 1 })].join('');
    const { document } = importBytes(buildDocx({ body, numbering }));
    expect(document.operative.map((o) => labels(o.subparagraphs))).toEqual([['a'], ['b']]);
  });

  it('style-linked numbering: the paragraph style carries w:numPr, the level is the one naming the style; numId 0 takes the number away', () => {
    const styles = '<w:style w:type="paragraph" w:styleId="OpPara"><w:name w:val="Operative paragraph"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="SubPara"><w:name w:val="Subparagraph"/><w:basedOn w:val="OpPara"/></w:style>';
    const numbering = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.', 1, '<w:pStyle w:val="OpPara"/>')}${lvl(1, 'lowerLetter', '(%2)', 1, '<w:pStyle w:val="SubPara"/>')}</w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="1"/></w:num>`;
    const body = HEADER + [p('Decides that:', { style: 'OpPara' }), p('first;', { style: 'SubPara' }), p('second;', { style: 'SubPara' }), p('Decides to remain seized of the matter.', { style: 'OpPara' }), p('Adopted unanimously at the 9999th meeting.', { style: 'OpPara', numId: 0 })].join('');
    const { document } = importBytes(buildDocx({ body, numbering, styles }));
    expect(document.operative.map((o) => o.number)).toEqual([1, 2]);
    expect(labels(document.operative[0]!.subparagraphs)).toEqual(['a', 'b']);
    expect(document.vote?.unanimous).toBe(true);
  });

  it('formats and label texts: upper letters, upper roman, "%1.%2", letters past z (aa), w:isLgl prints every level decimal', async () => {
    const { formatNumber } = await import('../../../src/import/docx/number-format.js');
    expect([1, 26, 27, 28, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb', 'aaa']);
    expect([4, 9, 14, 40, 1994].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['IV', 'IX', 'XIV', 'XL', 'MCMXCIV']);
    const numbering = `<w:abstractNum w:abstractNumId="2">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'upperLetter', '%1.%2', 1)}${lvl(2, 'lowerLetter', '%1.%2.%3', 1, '<w:isLgl/>')}</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>`;
    const body = HEADER + [p('Decides one;', { numId: 4, ilvl: 0 }), p('Decides two;', { numId: 4, ilvl: 0 }), p('x', { numId: 4, ilvl: 1 }), p('y', { numId: 4, ilvl: 1 }), p('z', { numId: 4, ilvl: 2 })].join('');
    expect(printedParagraphs(buildDocx({ body, numbering })).slice(4)).toEqual(['I. Decides one;', 'II. Decides two;', 'II.A x', 'II.B y', '2.2.1 z']);
  });

  it('a paragraph numbered by a list numbering.xml does not define: read without a number, and said at its paragraph', () => {
    const body = HEADER + p('Decides to remain seized of the matter.', { numId: 42, ilvl: 0 });
    const { diagnostics } = importBytes(buildDocx({ body }));
    const doubt = diagnostics.find((d) => d.code === 'docx-numbering');
    expect(doubt?.where).toBe('paragraph 5, "Decides to remain seized of the matter."');
    expect(doubt?.message).toMatch(/list 42/);
  });
});
