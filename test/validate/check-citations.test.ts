import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedDocument } from '../../src/load/load-document.js';
import { loadedText } from '../support/loaded-text.js';
import { checkCitationEffects } from '../../src/validate/check-citations.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function loaded(text: string): LoadedDocument {
  return loadedText('test.yaml', text);
}

const draft = (clause: string) => `kind: draft
status: circulated
language: en
completeness: full
preamble: []
operative:
  - id: op_1
    number: 1
    text: Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended;
${clause}`;

describe('citation-without-effect', () => {
  it('warns where a clause cites another resolution\'s paragraphs with no effect or reference, at the citation', () => {
    const found = checkCitationEffects(loaded(draft('')));
    expect(found).toEqual([expect.objectContaining({ code: 'citation-without-effect', severity: 'warning', line: 9, col: 48 })]);
    expect(found[0]!.message).toContain('paragraphs 5 to 9 of resolution 841 (1993)');
  });

  it('accepts a matching reference, or an effect whose target covers the paragraphs', () => {
    expect(checkCitationEffects(loaded(draft('    references:\n      - { resolution: 841 (1993), paragraphs: ["5-9"] }')))).toEqual([]);
    expect(checkCitationEffects(loaded(draft('    effects:\n      - { action: suspend, target: { resolution: 841 (1993), paragraphs: ["8"] } }')))).toEqual([]);
  });

  it('still warns when the declared effect is on another resolution or other paragraphs', () => {
    expect(checkCitationEffects(loaded(draft('    effects:\n      - { action: suspend, target: { resolution: 841 (1993), paragraphs: ["10"] } }')))).toHaveLength(1);
    expect(checkCitationEffects(loaded(draft('    references:\n      - { resolution: 748 (1992), paragraphs: ["5-9"] }')))).toHaveLength(1);
  });

  it('compares subparagraphs with ranges: "7(b)" lies within "5-9", "8(a)" and "8(b)" do not meet, "1" is not "12"', () => {
    const citing = (cited: string, declared: string) =>
      checkCitationEffects(loaded(draft(`    references:\n      - { resolution: 841 (1993), paragraphs: ["${declared}"] }`).replace('paragraphs 5 to 9', cited)));
    expect(citing('paragraph 7 (b)', '5-9')).toEqual([]);
    expect(citing('paragraphs 5 to 9', '8(a)(ii)')).toEqual([]);
    expect(citing('paragraph 8 (a) (ii)', '8(a)')).toEqual([]);
    expect(citing('paragraph 8 (b)', '8(a)')).toHaveLength(1);
    expect(citing('paragraph 12', '1')).toHaveLength(1);
    expect(citing('paragraphs 10 to 12', '5-9')).toHaveLength(1);
  });

  it('ignores citations of the present document and of whole resolutions', () => {
    const text = draft('').replace('paragraphs 5 to 9 of resolution 841 (1993) are suspended', 'paragraphs 5 to 9 above and resolution 841 (1993) are recalled');
    expect(checkCitationEffects(loaded(text))).toEqual([]);
  });

  it('finds nothing to say about the shipped Haiti files', () => {
    for (const name of ['S-RES-841-1993', 'S-RES-861-1993', 'S-RES-873-1993', 'S-RES-875-1993']) {
      const file = path.join(ROOT, 'resolutions/haiti', `${name}.yaml`);
      expect(checkCitationEffects(loaded(readFileSync(file, 'utf8')))).toEqual([]);
    }
  });
});
