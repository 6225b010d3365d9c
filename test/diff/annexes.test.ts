import { describe, expect, it } from 'vitest';
import { diffAnnexes } from '../../src/diff/annexes.js';
import type { Annex } from '../../src/model/document.js';

/** A designation list in the form of the DPRK annexes; the names are invented. */
const LIST: Annex = {
  id: 'annex_1',
  label: 'Annex I',
  title: 'Travel ban and asset freeze (individuals)',
  items: [
    { id: 'annex_1__1', label: '1', kind: 'individual', name: 'EXAMPLE PERSON ONE', text: 'Official of an example trading company. Passport number 000000001.' },
    { id: 'annex_1__2', label: '2', kind: 'individual', name: 'EXAMPLE PERSON TWO', text: 'Representative of an example bank abroad.' },
    { id: 'annex_1__3', label: '3', kind: 'entity', name: 'EXAMPLE SHIPPING COMPANY', text: 'Owner of vessels used to export coal.' },
  ],
};

function revised(edit: (annex: Annex) => void): Annex[] {
  const copy = structuredClone(LIST);
  edit(copy);
  return [copy];
}

describe('diffAnnexes', () => {
  it('finds nothing when the annexes are the same', () => {
    expect(diffAnnexes([LIST], [structuredClone(LIST)], 'en')).toEqual([]);
  });

  it('reports designations added and removed by name, whatever their ids and labels', () => {
    const annexes = revised((annex) => {
      annex.items.splice(0, 1);
      annex.items.push({ id: 'annex_1__4', label: '3', kind: 'entity', name: 'EXAMPLE MINING CORPORATION', text: 'Exports iron ore.' });
      annex.items.forEach((item, i) => {
        item.id = `annex_1__${i + 1}`;
        item.label = String(i + 1);
      });
    });
    const [change] = diffAnnexes([LIST], annexes, 'en');
    const entries = change!.entries.map((e) => [e.kind, e.name]);
    expect(entries).toEqual(expect.arrayContaining([['added', 'EXAMPLE MINING CORPORATION'], ['removed', 'EXAMPLE PERSON ONE']]));
    expect(entries.filter(([kind]) => kind !== 'changed')).toHaveLength(2);
  });

  it('takes a different name under the same id for a different designation', () => {
    const [change] = diffAnnexes([LIST], revised((annex) => (annex.items[1]!.name = 'EXAMPLE PERSON THREE')), 'en');
    expect(change!.entries.map((e) => [e.kind, e.name])).toEqual([
      ['added', 'EXAMPLE PERSON THREE'],
      ['removed', 'EXAMPLE PERSON TWO'],
    ]);
  });

  it('shows a changed identifying detail word by word', () => {
    const [change] = diffAnnexes([LIST], revised((annex) => (annex.items[0]!.text = annex.items[0]!.text!.replace('000000001', '000000002'))), 'en');
    expect(change!.entries).toHaveLength(1);
    expect(change!.entries[0]).toMatchObject({ kind: 'changed', name: 'EXAMPLE PERSON ONE' });
    expect(change!.entries[0]!.redline!.segments.filter((s) => s.kind !== 'equal').map((s) => s.text)).toEqual(['000000001', '000000002']);
  });

  it('reports a whole annex added or removed with every entry, and a changed title', () => {
    expect(diffAnnexes([], [LIST], 'en')).toMatchObject([{ kind: 'added', id: 'annex_1', entries: LIST.items.map((item) => ({ kind: 'added', id: item.id, name: item.name })) }]);
    expect(diffAnnexes([LIST], [], 'en')).toMatchObject([{ kind: 'removed', id: 'annex_1' }]);
    expect(diffAnnexes([LIST], revised((annex) => (annex.title = 'Asset freeze (individuals)')), 'en')).toEqual([
      { kind: 'changed', id: 'annex_1', label: 'Annex I', title: { old: LIST.title, new: 'Asset freeze (individuals)' }, entries: [] },
    ]);
  });
});
