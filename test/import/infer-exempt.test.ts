import { describe, expect, it } from 'vitest';
import { inferred, inferredOne, resolutionOf } from '../fixtures/infer/paragraphs.js';

describe('inferEffects: an exemption narrows only what it names', () => {
  it('"shall not apply to" names paragraph 3 (d): that subparagraph is the one target, and nothing ends', () => {
    const read = inferredOne('Decides that the prohibition contained in paragraph 3 (d) of resolution 253 (1968) shall not apply to supplies intended strictly for medical purposes;');
    expect(read.effects).toEqual([{ action: 'exempt', target: { resolution: '253 (1968)', paragraphs: ['3(d)'] }, direction: 'loosen', inferred: true }]);
    expect(read.cues[0]!.wording).toBe('shall not apply');
  });

  it('"the measures imposed by paragraph 3 above do not apply to …" exempts from paragraph 3 of this resolution (883 (1993) 4)', () => {
    const document = resolutionOf([
      'Decides also that all States in which there are funds of the Government shall freeze such funds;',
      'Further decides that the measures imposed by paragraph 3 above do not apply to funds or other financial resources derived from the sale or supply of any petroleum or petroleum products originating in Libya, provided that any such funds are paid into separate bank accounts exclusively for these funds;',
    ], 3);
    expect(inferred(document, 4).effects).toEqual([{ action: 'exempt', target: { paragraphs: ['3'] }, direction: 'loosen', inferred: true }]);
  });

  it('"may be released" loosens the freeze it names, and names the measure (873 (1993) 2)', () => {
    expect(inferredOne('Decides also that funds that are required to be frozen pursuant to paragraph 8 of resolution 841 (1993) may be released at the request of President Aristide or Prime Minister Malval of Haiti,').effects).toEqual([
      { action: 'exempt', target: { resolution: '841 (1993)', paragraphs: ['8'] }, direction: 'loosen', measures: ['asset-freeze'], inferred: true },
    ]);
  });

  it('"with the exception of" paragraph 3 (d) is an exemption from it, never a termination', () => {
    const read = inferredOne('Decides that, with the exception of paragraph 3 (d) of resolution 253 (1968), the Committee shall report on the implementation of the measures;');
    expect(read.effects.map((e) => e.action)).toEqual(['exempt']);
    expect(read.effects[0]!.target).toEqual({ resolution: '253 (1968)', paragraphs: ['3(d)'] });
  });

  it('"except …" in the words of a measure is part of it: the paragraph imposes (253 (1968) 4)', () => {
    const read = inferredOne('Decides that all States Members of the United Nations shall not make available to the illegal régime any funds for investment or any other financial or economic resources and shall prevent their nationals from remitting any other funds to persons or bodies within Southern Rhodesia, except payments exclusively for pensions or for strictly medical, humanitarian or educational purposes;');
    expect(read.effects.map((e) => e.action)).toEqual(['impose']);
    expect(read.measures).toEqual(['financial-services']);
  });

  it('"the measures imposed by this resolution shall not apply to …" exempts from the resolution itself, named so that it can be applied', () => {
    const document = { ...resolutionOf(['Decides that the measures imposed by this resolution shall not apply to activities related to the United Nations forces in the territory;']), number: 9001, year: 1994 };
    expect(inferred(document, 1).effects).toEqual([{ action: 'exempt', target: { resolution: '9001 (1994)' }, direction: 'loosen', inferred: true }]);
  });

  it('an exemption in a call is not read', () => {
    expect(inferredOne('Calls upon States to ensure that the prohibition in paragraph 3 (d) of resolution 253 (1968) shall not apply to foodstuffs;').effects).toEqual([]);
  });
});
