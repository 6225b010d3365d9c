import { describe, expect, it } from 'vitest';
import type { ResolutionDocument } from '../../src/model/document.js';
import { aknXml } from '../support/akn-xml.js';

describe('Akoma Ntoso keeps every paragraph, also one naming a part that is not declared', () => {
  it('prints it in a part of its own (as the text renderings do), never leaves it out', () => {
    // validate reports such a paragraph (unknown-part), but `render` does not validate first.
    const document: ResolutionDocument = {
      kind: 'resolution',
      symbol: 'S/RES/500 (1980)',
      number: 500,
      year: 1980,
      status: 'adopted',
      language: 'en',
      completeness: 'full',
      dates: { adopted: '1980-01-01' },
      parts: [{ id: 'part_a', label: 'A' }],
      preamble: [{ id: 'pp_1', text: 'Recalling its earlier decisions,', part: 'part_x' }],
      operative: [
        { id: 'op_1', number: 1, text: 'Decides one thing;', part: 'part_a' },
        { id: 'op_2', number: 2, text: 'Decides a thing in an undeclared part;', part: 'part_x' },
      ],
    };
    const xml = aknXml(document);
    expect(xml).toContain('Decides one thing;');
    expect(xml).toContain('Decides a thing in an undeclared part;');
    expect(xml).toContain('Recalling its earlier decisions,');
    expect(xml).toMatch(/<part eId="part_part_x"[^>]*>\s*<num>part_x<\/num>/);
  });
});
