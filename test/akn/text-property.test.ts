import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/property-seed.js';
import { aknXml } from '../support/akn-xml.js';
import { parseXml } from '../../src/import/akn/parse-xml.js';
import { readAkn } from '../../src/import/akn/read-akn.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { serializeXml } from '../../src/render/document/akn/serialize-xml.js';
import { element } from '../../src/render/document/akn/xml-tree.js';

/** Any text XML 1.0 can hold: no control characters but tab, line feed and carriage return; no lone surrogates. */
const xmlText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')); // eslint-disable-line no-control-regex
const markupish = fc.constantFrom('<p>', '</p>', '&amp;', '&lol;', ']]>', '"', "'", '{"id":1}', '<ref href="#x">', '\r\n', '  ', '\t', '<!DOCTYPE x>');
// The format asks for at least one character in every text.
const text = fc.array(fc.oneof(xmlText, markupish), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')).filter((t) => t !== '');

function roundTrip(document: ResolutionDocument): ResolutionDocument {
  const parsed = parseXml(aknXml(document));
  if (!parsed.ok) throw new Error(`${parsed.problem.line}:${parsed.problem.col} ${parsed.problem.message}`);
  const read = readAkn(parsed.root, 'x.xml');
  if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('; '));
  return read.document;
}

describe('Akoma Ntoso keeps any wording exactly', () => {
  it('clause text, headings, notes, summaries, citations and document facts, whatever characters they hold', () => {
    fc.assert(
      fc.property(text, text, text, text, text, text, (wording, heading, note, summary, cited, title) => {
        const characters = [...wording];
        const at = Math.floor(characters.length / 2);
        const clauseText = characters.slice(0, at).join('') + cited + characters.slice(at).join('');
        const document: ResolutionDocument = {
          kind: 'draft',
          status: 'circulated',
          language: 'en',
          completeness: 'partial',
          title,
          dates: { circulated: '2019-12-16' },
          notes: [note],
          preamble: [{ id: 'pp_1', text: wording }],
          operative: [
            { id: 'op_1', number: 1, heading, text: clauseText, note, references: [{ resolution: '841 (1993)', paragraphs: ['5'], text: cited }] },
            { id: 'op_2', number: 2, summary: { text: summary, sources: [note] }, subparagraphs: [{ id: 'op_2__a', number: 'a', text: heading }] },
          ],
          annexes: [{ id: 'annex_1', label: title, items: [{ id: 'annex_1_1', name: heading, text: wording }] }],
        };
        expect(roundTrip(document)).toEqual(document);
      }),
      { numRuns: 300 },
    );
  });

  it('a character XML 1.0 cannot hold is refused when writing, not written as XML no reader accepts', () => {
    expect(() => serializeXml(element('p', {}, ['bell \u0007']))).toThrow(/U\+0007 cannot be written in XML 1\.0/);
    expect(() => serializeXml(element('p', { title: 'half \uD800 a pair' }))).toThrow(/U\+D800 cannot be written in XML 1\.0/);
    expect(serializeXml(element('p', {}, ['\uD800\uDC00 whole']))).toContain('\uD800\uDC00 whole');
  });
});
