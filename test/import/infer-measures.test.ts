import { describe, expect, it } from 'vitest';
import { guessMeasures } from '../../src/import/infer/measures-from-words.js';
import { inferred, resolutionOf } from '../fixtures/infer/paragraphs.js';
import { COMMODITIES, MEASURE_KINDS } from '../../src/model/measures.js';

describe('guessMeasures: a measure\'s kind and commodities from its words', () => {
  it.each([
    ['arms and related matériel of all types', ['arms-embargo']],
    ['all deliveries of weapons and military equipment', ['arms-embargo']],
    ['the sale or shipment of arms, ammunition of all types and military vehicles', ['arms-embargo']],
    ['importing arms, ammunition of all types and military vehicles produced in the territory', ['arms-export-ban']],
    ['the import into their territories of sugar and tobacco originating in the territory', ['export-ban:sugar', 'export-ban:tobacco']],
    ['the import of petroleum originating in the territory', ['export-ban:petroleum']],
    ['the sale or supply of petroleum or petroleum products to the territory', ['supply-ban:petroleum']],
    ['the import into their territories of logs and timber originating in the territory', ['export-ban:wood']],
    ['the import into their territories of all commodities and products originating in the territory', ['trade-embargo']],
    ['freeze the funds and other financial resources of the authorities', ['asset-freeze']],
    ['deny permission to any aircraft to take off from, land in or overfly their territory', ['aviation']],
    ['prevent the entry into their territories of the members of the authorities', ['travel-ban']],
    ['reduce the level of the staff at diplomatic missions and consular posts', ['diplomatic']],
  ])('"%s" → %j', (words, codes) => {
    expect(guessMeasures(words)).toEqual(codes);
  });

  it('funds derived from the sale of petroleum are no petroleum ban (883 (1993) 4)', () => {
    expect(guessMeasures('the measures imposed by paragraph 3 above do not apply to funds derived from the sale or supply of any petroleum or petroleum products')).toEqual([]);
  });

  it('a request to approve imports of petroleum for humanitarian needs concerns supplies to the target, not its exports (841 (1993) 10 (d))', () => {
    expect(guessMeasures('To consider and decide expeditiously requests for the approval of imports of petroleum and petroleum products for essential humanitarian needs')).toEqual(['supply-ban:petroleum']);
  });

  it('every code proposed is in the vocabulary', () => {
    const words = 'all States shall prevent the import into their territories of asbestos, iron ore, chrome, pig-iron, sugar, tobacco, copper, meat, hides, coal, gold, logs, seafood and textiles, the supply of other aircraft and motor vehicles, of petroleum, and of arms; freeze funds; deny permission to any aircraft to overfly; prevent the entry into their territories; diplomatic staff; means of transportation; establish a committee';
    for (const code of guessMeasures(words)) {
      const [kind, commodity] = code.split(':');
      expect(MEASURE_KINDS).toContain(kind);
      if (commodity) expect(COMMODITIES).toContain(commodity);
    }
  });
});

describe('inferEffects: the measures of "the items listed in the annex" are read from the annex', () => {
  it('equipment for crude oil terminals and pipelines is an oil-equipment supply ban, not a petroleum ban (883 (1993) 5 and its annex)', () => {
    const document = resolutionOf(['Decides that all States shall prohibit any provision to Libya by their nationals or from their territory of the items listed in the annex to this resolution, as well as the provision of any types of equipment, supplies and grants of licensing arrangements for the manufacture or maintenance of such items;']);
    document.annexes = [{ id: 'annex', label: 'Annex', items: [
      { id: 'annex__1', label: 'I', text: 'Pumps of medium or large capacity designed for use in the transportation of crude oil and natural gas.' },
      { id: 'annex__2', label: 'II', text: 'Equipment designed for use in crude oil export terminals: loading buoys, flexible hoses, anchor chains.' },
    ] }];
    const read = inferred(document, 1);
    expect(read.measures).toEqual(['supply-ban:oil-equipment']);
    expect(read.effects.map((e) => e.action)).toEqual(['impose']);
  });

  it('without the annex, the words name no measure', () => {
    expect(inferred(resolutionOf(['Decides that all States shall prohibit any provision to the territory of the items listed in the annex to this resolution;']), 1).measures).toEqual([]);
  });
});
