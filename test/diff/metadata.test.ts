import { describe, expect, it } from 'vitest';
import { diffMetadata } from '../../src/diff/metadata.js';
import type { ResolutionDocument } from '../../src/model/document.js';

const DRAFT: ResolutionDocument = {
  symbol: 'S/2019/961',
  kind: 'draft',
  status: 'circulated',
  revision: 'rev.1',
  dates: { circulated: '2019-12-16' },
  sponsors: ['China', 'Russian Federation'],
  language: 'en',
  completeness: 'full',
  preamble: [],
  operative: [],
};

describe('diffMetadata', () => {
  it('lists each changed field, lists with the entries added and removed', () => {
    const updated: ResolutionDocument = { ...DRAFT, status: 'in-blue', revision: 'blue', dates: { circulated: '2019-12-16', revised: '2019-12-20' }, sponsors: ['China', 'Viet Nam'], notes: ['ours, not a change'] };
    expect(diffMetadata(DRAFT, updated)).toEqual([
      { field: 'status', old: 'circulated', new: 'in-blue' },
      { field: 'revision', old: 'rev.1', new: 'blue' },
      { field: 'dates.revised', new: '2019-12-20' },
      { field: 'sponsors', old: ['China', 'Russian Federation'], new: ['China', 'Viet Nam'], added: ['Viet Nam'], removed: ['Russian Federation'] },
    ]);
  });

  it('finds nothing in identical documents', () => {
    expect(diffMetadata(DRAFT, structuredClone(DRAFT))).toEqual([]);
  });
});
