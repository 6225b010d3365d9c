import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedText } from '../support/loaded-text.js';
import { checkDocumentAlone } from '../../src/validate/check-document.js';
import { SchemaTrust } from '../../src/validate/schema-trust.js';

/**
 * S/RES/2 (1946) as printed (test/fixtures/corpus-unsc/en/S_RES_0002_1946_EN_GOLD.txt): its one
 * operative paragraph has no number, like those of many texts of 1946–1960.
 */
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus-unsc/en');
const printed = readFileSync(path.join(CORPUS, 'S_RES_0002_1946_EN_GOLD.txt'), 'utf8');

const UNNUMBERED = `kind: resolution
symbol: S/RES/2 (1946)
number: 2
year: 1946
status: adopted
language: en
completeness: full
dates: { adopted: 1946-01-30 }
preamble:
  - id: pp_1
    text: Having heard the statements by the representatives of the Soviet Union and Iran in the course of its meetings of 28 and 30 January 1946,
  - id: pp_2
    text: Having taken cognizance of the documents presented by the Soviet and Iranian delegations and those referred to in the course of the oral debates,
  - id: pp_3
    text: Considering that both parties have affirmed their readiness to seek a solution of the matter at issue by negotiation, and that such negotiations will be resumed in the near future,
operative:
  - id: op_1
    text: Requests the parties to inform the Council of any results achieved in such negotiations. The Council in the meanwhile retains the right at any time to request information on the progress of the negotiations.
`;

function codes(text: string): string[] {
  return checkDocumentAlone(loadedText('S-RES-2-1946.yaml', text), SchemaTrust.WHOLE).map((d) => `${d.code} ${d.line}:${d.col}`);
}

describe('operative paragraphs printed with no numbers at all', () => {
  it('the fixture holds the words as printed, and its operative paragraph has no number there', () => {
    for (const text of UNNUMBERED.matchAll(/^ {4}text: (.*)$/gm)) expect(printed).toContain(text[1]);
    expect(printed).not.toMatch(/^\s*1\.\s/m);
  });

  it('a complete text whose operative paragraphs all have no number is valid', () => {
    expect(codes(UNNUMBERED)).toEqual([]);
    const two = UNNUMBERED.replace('  - id: op_1\n', '  - id: op_0\n    text: Decides to remain seized of the matter;\n  - id: op_1\n');
    expect(codes(two)).toEqual([]);
  });

  it('where some paragraphs are numbered, one without a number is still missing it', () => {
    const mixed = UNNUMBERED.replace('  - id: op_1\n', '  - id: op_0\n    number: 1\n    text: Decides to remain seized of the matter;\n  - id: op_1\n');
    expect(codes(mixed)).toEqual(['missing-number 20:5']);
  });
});
