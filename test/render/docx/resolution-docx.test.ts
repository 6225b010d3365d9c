/**
 * `render --format docx`: every shipped text as a Word document whose paragraphs, read with
 * Word's numbering, are exactly the blocks of the plain-text layout (which `bluedraft import`
 * reads back): so the Word file is as regular as the text. Reports as Word documents keep any
 * text literally, in well-formed XML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolutionDocument } from '../../../src/model/document.js';
import { layoutDocument } from '../../../src/render/document/layout.js';
import { printedText } from '../../../src/render/document/plain-text.js';
import { resolutionDocx } from '../../../src/render/docx/resolution-docx.js';
import { reportDocx } from '../../../src/render/docx/report/report-docx.js';
import { impactReport, regimeReport } from '../../../src/render/report/index.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { yamlFiles } from '../../support/yaml-files.js';
import { clauseText } from '../../report/support/nasty-text.js';
import { textImpact, textRegime } from '../../report/support/text-regime.js';
import '../../support/property-seed.js';
import { parts, parseXml, viewLines, wordView } from './support/word-view.js';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const printedLines = (document: ResolutionDocument) => layoutDocument(document).blocks.flatMap((block) => printedText(block) ?? []).map(squeeze);

function rendered(document: ResolutionDocument): Uint8Array {
  const result = resolutionDocx(document);
  if (!result.ok) throw new Error('unsettled brackets');
  return result.bytes;
}

/** The shipped texts, and drafts in Arabic, Chinese and Russian. */
const SHIPPED = [...yamlFiles('resolutions'), ...yamlFiles('examples'), ...yamlFiles('test/fixtures/parts'), ...yamlFiles('test/diff/fixtures')];

describe('render --format docx', () => {
  it.each(SHIPPED)('%s: one paragraph per printed block, numbers and labels as Word numbering', (file) => {
    const document = loadedDocument(file);
    const bytes = rendered(document);
    const files = parts(bytes);
    for (const [name, xml] of Object.entries(files)) expect(() => parseXml(xml), name).not.toThrow();
    const paragraphs = wordView(bytes, 'accept');
    expect(viewLines(paragraphs).map(squeeze)).toEqual(printedLines(document));
    // Numbered operative paragraphs carry no number of their own in their text: Word prints it.
    const numbered = document.operative.filter((p) => p.number !== undefined).length;
    expect(paragraphs.filter((p) => p.label !== undefined && /^\d+\.$/.test(p.label))).toHaveLength(numbered);
  });

  it('sets the opening words in italics and the title centred in its own style', () => {
    const files = parts(rendered(loadedDocument('resolutions/haiti/S-RES-841-1993.yaml')));
    const document = files['word/document.xml']!;
    expect(document).toMatch(/<w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">Having received<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:r><w:rPr><w:i\/><\/w:rPr><w:t xml:space="preserve">Decides<\/w:t><\/w:r>/);
    expect(document).toContain('<w:pStyle w:val="ResolutionTitle"/>');
    expect(files['word/styles.xml']).toMatch(/w:styleId="ResolutionTitle">.*?<w:jc w:val="center"\/>/);
    expect(files['word/numbering.xml']).toContain('<w:lvlText w:val="(%1)"/>');
  });

  it('marks the text with its language; an Arabic text runs right to left', () => {
    const styles = (file: string) => parts(rendered(loadedDocument(file)))['word/styles.xml']!;
    expect(styles('test/diff/fixtures/ru-draft.yaml')).toContain('<w:lang w:val="ru-RU"');
    expect(styles('test/diff/fixtures/ru-draft.yaml')).not.toContain('<w:bidi/>');
    expect(styles('test/diff/fixtures/ar-draft.yaml')).toContain('<w:lang w:val="ar-SA"');
    expect(styles('test/diff/fixtures/ar-draft.yaml')).toMatch(/<w:pPrDefault><w:pPr><w:bidi\/>/);
  });

  it('keeps any clause text literally, in well-formed XML', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const document: ResolutionDocument = { kind: 'draft', status: 'circulated', language: 'en', completeness: 'full', title: text, preamble: [{ id: 'pp_1', text }], operative: [{ id: 'op_1', number: 1, text: `Decides ${text}`, subparagraphs: [{ id: 'op_1__a', number: 'a', text }] }] };
        const bytes = rendered(document);
        for (const xml of Object.values(parts(bytes))) parseXml(xml);
        expect(viewLines(wordView(bytes, 'accept')).map(squeeze)).toEqual(printedLines(document));
      }),
      { numRuns: 100 },
    );
  });

  it('writes the impact and regime reports with any text literally, in well-formed XML', () => {
    const shown = (bytes: Uint8Array) => squeeze(viewLines(wordView(bytes, 'accept')).join(' '));
    fc.assert(
      fc.property(clauseText, (text) => {
        for (const bytes of [reportDocx(impactReport(textImpact(text))), reportDocx(regimeReport(textRegime(text)))]) {
          for (const xml of Object.values(parts(bytes))) parseXml(xml);
          expect(parts(bytes)['word/document.xml']).toContain('<w:tbl>');
          expect(shown(bytes)).toContain(squeeze(text));
        }
      }),
      { numRuns: 60 },
    );
  });
});
