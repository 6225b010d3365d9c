import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../src/import/akn/import-akn.js';
import type { LanguageCode, ResolutionDocument } from '../../src/model/document.js';
import { checkAknSchema } from '../../src/validate/xml/check-akn-schema.js';

const fixture = (name: string): string => readFileSync(path.resolve(import.meta.dirname, '../fixtures/akn', name), 'utf8');
const TEXT = fixture('other-producer-statement.xml');

/** The header facts of an adopted resolution S/RES/number (year), as read from its identification, preface or conclusions. */
function adopted(language: LanguageCode, number: number, year: number, date: string, record: string): Partial<ResolutionDocument> {
  return { kind: 'resolution', status: 'adopted', language, completeness: 'full', symbol: `S/RES/${number} (${year})`, number, year, dates: { adopted: date }, vote: { record } };
}

function imported(text: string, file: string) {
  return importAkn(text, { file, schemaPath: '../schemas/resolution.schema.json' });
}

describe('Akoma Ntoso written by another producer', () => {
  it('is itself valid Akoma Ntoso 3.0, so the test is of the standard and not of bluedraft\'s habits', () => {
    expect(checkAknSchema('other.xml', TEXT)).toEqual([]);
  });

  const result = imported(TEXT, 'other.xml');

  // Citations are read from the (English) words as in plain text, so "paragraphs 5 and 6" gives both
  // paragraphs, where the producer's <ref> could point at one; a <ref> the words already say is not repeated.
  it('is read into a resolution: header, recitals, paragraphs, a list as subparagraphs, citations, effects (with the date of their efficacy), annex, notes', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual({
      ...adopted('en', 9999, 1993, '1993-09-01', 'Adopted by the Security Council at its 9999th meeting, on 1 September 1993'),
      notes: ['Hypothetical text made for tests.'],
      preamble: [{ id: 'pp_1', text: 'Recalling its resolution 841 (1993) of 16 June 1993,', references: [{ resolution: '841 (1993)', text: 'resolution 841 (1993) of 16 June 1993' }] }],
      operative: [
        {
          id: 'op_1',
          number: 1,
          heading: 'Suspension',
          text: 'Decides that the measures set out in paragraphs 5 and 6 of resolution 841 (1993) are suspended;',
          references: [{ resolution: '841 (1993)', paragraphs: ['5', '6'], text: 'paragraphs 5 and 6 of resolution 841 (1993)' }],
          effects: [{ action: 'suspend', target: { resolution: '841 (1993)', paragraphs: ['5', '6'] }, effective: { date: '1993-09-02' }, inferred: true }],
        },
        {
          id: 'op_2',
          number: 2,
          text: 'Requests the Secretary-General, as referred to in paragraph 1:',
          references: [{ paragraphs: ['1'], text: 'paragraph 1' }],
          subparagraphs: [
            { id: 'op_2__a', number: 'a', text: 'to report to the Council;' },
            { id: 'op_2__b', number: 'b', text: 'to keep it informed;' },
          ],
        },
      ],
      annexes: [{ id: 'annex_1', label: 'Annex', items: [{ id: 'annex_1_item_1', label: '1', text: 'First listed item.' }] }],
    });
  });

  it('reports, at its line and column, what it cannot map', () => {
    expect(result.diagnostics.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code}`)).toEqual(['38:11 warning akn-effect-unread', '77:27 warning akn-unread', '96:7 warning akn-unread']);
    const lines = TEXT.split('\n');
    expect(lines[76]!.slice(26)).toMatch(/^<authorialNote /);
    expect(result.diagnostics[1]!.message).toContain('"Hypothetical footnote."');
    expect(lines[37]!.slice(10)).toMatch(/^<textualMod /);
    expect(lines[95]!.slice(6)).toMatch(/^<tblock /);
  });

  it('writes a resolution file that passes the format', () => {
    expect(result.ok && result.diagnostics.filter((d) => d.code === 'akn-incomplete')).toEqual([]);
  });
});

describe('Akoma Ntoso in the shape of the UN\'s own AKN4UN resolutions', () => {
  const text = fixture('akn4un-style-statement.xml');

  it('is valid Akoma Ntoso 3.0', () => {
    expect(checkAknSchema('akn4un.xml', text)).toEqual([]);
  });

  it('reads the cover page\'s symbol, containers as preambular paragraphs, a list of points, and the adoption from the conclusions', () => {
    const result = imported(text, 'akn4un.xml');
    expect(result.ok && result.diagnostics).toEqual([]);
    if (!result.ok) return;
    expect(result.document).toEqual({
      ...adopted('fr', 9998, 1994, '1994-01-10', '9998e séance 10 janvier 1994'),
      opening: 'Le Conseil de sécurité,',
      // Citations are not read from French words; the producer's <ref> gives this one.
      preamble: [{ id: 'pp_1', text: 'Rappelant sa résolution 841 (1993),', references: [{ resolution: '841 (1993)', text: '841 (1993)' }] }],
      operative: [
        {
          id: 'op_1',
          number: 1,
          text: 'Décide :',
          subparagraphs: [
            { id: 'op_1__a', number: 'a', text: 'de rester saisi de la question;' },
            { id: 'op_1__b', number: 'b', text: 'de revoir la question;' },
          ],
        },
      ],
    });
  });
});

describe('operative paragraphs grouped in containers (as ITU groups them by operative word)', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/un/statement/deliberation/un-sc/1994-01-10/9997/!main"/><FRBRuri value="/akn/un/statement/deliberation/un-sc/1994-01-10/9997"/><FRBRdate date="1994-01-10" name="adoption"/><FRBRauthor href="#x"/><FRBRcountry value="un"/></FRBRWork><FRBRExpression><FRBRthis value="/akn/un/statement/deliberation/un-sc/1994-01-10/9997/eng@/!main"/><FRBRuri value="/akn/un/statement/deliberation/un-sc/1994-01-10/9997/eng@"/><FRBRdate date="1994-01-10" name="expression"/><FRBRauthor href="#x"/><FRBRlanguage language="eng"/></FRBRExpression><FRBRManifestation><FRBRthis value="/akn/un/statement/deliberation/un-sc/1994-01-10/9997/eng@/!main.xml"/><FRBRuri value="/akn/un/statement/deliberation/un-sc/1994-01-10/9997/eng@.akn"/><FRBRdate date="1994-01-10" name="generation"/><FRBRauthor href="#x"/></FRBRManifestation></identification></meta>
    <mainBody>
      <hcontainer eId="hcontainer_1" name="decides">
        <heading>Decides</heading>
        <paragraph eId="hcontainer_1__para_1"><num>1.</num><content><p>to remain seized of the matter;</p></content></paragraph>
      </hcontainer>
      <hcontainer eId="hcontainer_2" name="requests">
        <paragraph eId="hcontainer_2__para_2"><num>2.</num><content><p>the Secretary-General to report.</p></content></paragraph>
      </hcontainer>
    </mainBody>
  </statement>
</akomaNtoso>
`;

  it('is valid Akoma Ntoso, and its paragraphs are read in order', () => {
    expect(checkAknSchema('groups.xml', xml)).toEqual([]);
    const result = importAkn(xml, { file: 'groups.xml', schemaPath: 's.json' });
    expect(result.ok && result.document.operative).toEqual([
      { id: 'op_1', number: 1, text: 'to remain seized of the matter;' },
      { id: 'op_2', number: 2, text: 'the Secretary-General to report.' },
    ]);
    expect(result.ok && result.diagnostics.filter((d) => d.code !== 'akn-incomplete')).toEqual([]);
  });
});
