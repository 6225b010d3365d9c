import { describe, expect, it } from 'vitest';
import { buildDocx, HEADER, importBytes, lvl, p } from './build-docx.js';
import { pandocDocx } from './pandoc-docx.js';

const NUMBERING = `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;
const STYLES = '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="SubHead"><w:name w:val="Sub head"/><w:basedOn w:val="Heading2"/></w:style>';
const run = (inner: string, rPr = '') => `<w:r>${rPr === '' ? '' : `<w:rPr>${rPr}</w:rPr>`}${inner}</w:r>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe('the Word body as Word shows it', () => {
  it('a paragraph in a heading style (or one based on it) is the heading of the operative paragraph after it', () => {
    const body = HEADER + p('Arms embargo', { style: 'Heading2' }) + p('Decides that all States shall prevent the supply of arms;', { numId: 1, ilvl: 0 }) + p('Panel of Experts', { style: 'SubHead' }) + p('Decides to remain seized of the matter.', { numId: 1, ilvl: 0 });
    const { document } = importBytes(buildDocx({ body, numbering: NUMBERING, styles: STYLES }));
    expect(document.operative.map((o) => [o.number, o.heading])).toEqual([[1, 'Arms embargo'], [2, 'Panel of Experts']]);
  });

  it('line breaks inside a paragraph are lines: a hard-wrapped paragraph pasted from a PDF is joined and de-hyphenated as in a text file', () => {
    const wrapped = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(`${t('Decides that the measures shall be termi-')}<w:br/>${t('nated on the date of the report;')}`)}</w:p>`;
    const { document, diagnostics } = importBytes(buildDocx({ body: HEADER + wrapped, numbering: NUMBERING }));
    expect(document.operative[0]!.text).toBe('Decides that the measures shall be terminated on the date of the report;');
    expect(diagnostics.find((d) => d.code === 'import-dehyphenated')?.where).toBe('paragraph 5, "Decides that the measures shall be termi- nated …"');
  });

  it('hidden text is left out; a field\'s shown result, a hyperlink\'s and a content control\'s words are kept; a tab is a space', () => {
    const paragraph =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' +
      run(t('Recalls')) +
      run(t(' SECRET'), '<w:vanish/>') +
      run('<w:tab/>') +
      run('<w:fldChar w:fldCharType="begin"/>') +
      run('<w:instrText xml:space="preserve"> REF res1 </w:instrText>') +
      run('<w:fldChar w:fldCharType="separate"/>') +
      run(t('resolution 1718 (2006)')) +
      run('<w:fldChar w:fldCharType="end"/>') +
      `<w:hyperlink w:anchor="x">${run(t(' and its'))}</w:hyperlink>` +
      `<w:sdt><w:sdtContent>${run(t(' annex;'))}</w:sdtContent></w:sdt>` +
      '</w:p>';
    const { document } = importBytes(buildDocx({ body: HEADER + paragraph, numbering: NUMBERING }));
    expect(document.operative[0]!.text).toBe('Recalls resolution 1718 (2006) and its annex;');
  });

  it('paragraphs in a table are read in order, each its own paragraph', () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const body = HEADER + p('Decides that the measures apply to the following:', { numId: 1, ilvl: 0 }) + `<w:tbl><w:tr>${cell('(a) arms;')}${cell('(b) oil;')}</w:tr></w:tbl>` + p('Decides to remain seized of the matter.', { numId: 1, ilvl: 0 });
    const { document } = importBytes(buildDocx({ body, numbering: NUMBERING }));
    expect(document.operative[0]!.subparagraphs?.map((s) => [s.number, s.text])).toEqual([['a', 'arms;'], ['b', 'oil;']]);
    expect(document.operative[1]!.number).toBe(2);
  });
});

describe('footnotes of a Word file made by pandoc', () => {
  it('are kept in notes, numbered as Word shows them and naming their paragraph; their markers are not words of the clause', async () => {
    const markdown = ['Resolution 2999 (2030)', '', 'Adopted by the Security Council at its 9999th meeting, on 1 January 2030', '', 'The Security Council,', '', 'Having considered the report of the Secretary-General,[^a]', '', '1. Decides to remain seized of the matter.[^b]', '', '[^a]: S/2030/12.', '[^b]: See also S/2030/13.'].join('\n');
    const [docx] = await pandocDocx([markdown]);
    const { document, diagnostics } = importBytes(docx!);
    expect(document.preamble[0]!.text).toBe('Having considered the report of the Secretary-General,');
    expect(document.notes).toEqual(expect.arrayContaining(['Footnote 1 in the Word file (on paragraph 4, "Having considered the report of the Secretary-General,"): "S/2030/12."', 'Footnote 2 in the Word file (on paragraph 5, "Decides to remain seized of the matter."): "See also S/2030/13."']));
    expect(diagnostics.filter((d) => d.code === 'docx-footnote').map((d) => d.line)).toEqual([4, 5]);
  });
});
