import type { ClauseChange, ResolutionDiff } from '../../../src/diff/types.js';

const counts = () => ({ unchanged: 0, reworded: 0, added: 0, removed: 0, moved: 0, renumbered: 0, split: 0, merged: 0 });

/**
 * A comparison in which `text` stands wherever a document can put words of its own: clause
 * wording (added, deleted, reworded, in subparagraphs), a heading, an opening verb, a revision
 * label, sponsors, annex names and entries. Every kind of report section shows it.
 */
export function textDiff(text: string): ResolutionDiff {
  const reworded: ClauseChange = {
    kind: 'reworded',
    anchor: 'op_2',
    old: [{ id: 'op_2', part: 'operative', index: 1, number: '2', path: '2' }],
    new: [{ id: 'op_2', part: 'operative', index: 2, number: '3', path: '3' }],
    matchedBy: 'id',
    // Changes that touch the words around them, as a changed comma does: "measures~~,~~**;** and".
    redline: { segments: [{ kind: 'equal', text: 'Decides that ' }, { kind: 'delete', text }, { kind: 'insert', text }, { kind: 'equal', text: ` and ${text} measures` }, { kind: 'delete', text }, { kind: 'equal', text: 'and' }, { kind: 'insert', text }, { kind: 'equal', text: 'so' }], fallback: false },
    heading: { old: text, new: `${text} measures` },
    subparagraphs: [
      {
        kind: 'added',
        anchor: 'op_2__b',
        old: [],
        new: [{ id: 'op_2__b', part: 'operative', index: 1, number: 'b', path: '3(b)', text }],
      },
    ],
  };
  return {
    version: 1,
    old: { kind: 'draft', status: 'circulated', symbol: 'S/1993/1', revision: text, dates: { circulated: '1993-08-20' }, language: 'en' },
    new: { kind: 'draft', status: 'circulated', symbol: 'S/1993/1', revision: 'rev.1', dates: { revised: '1993-08-25' }, language: 'en' },
    identical: false,
    summary: { clauses: { ...counts(), reworded: 1, added: 1, removed: 1 }, subparagraphs: { ...counts(), added: 1 }, force: { weakened: 1, strengthened: 0, changed: 0 }, metadata: 2, effects: { added: 0, removed: 0, changed: 0 }, measures: { added: 0, removed: 0 }, annexEntries: { added: 1, removed: 0, changed: 1 } },
    metadata: [
      { field: 'revision', old: text, new: 'rev.1' },
      { field: 'sponsors', old: [text], new: [text, 'France'], added: ['France'] },
    ],
    force: [{ kind: 'opening-verb', anchor: 'op_2', old: reworded.old[0]!, new: reworded.new[0]!, from: { text, verb: 'decides', force: 'binding' }, to: { text: 'Calls upon', verb: 'calls upon', force: 'non-binding' }, direction: 'weakened' }],
    clauses: [
      { kind: 'added', anchor: 'op_new', old: [], new: [{ id: 'op_new', part: 'operative', index: 0, number: '1', path: '1', text }] },
      { kind: 'unchanged', anchor: 'op_1', old: [{ id: 'op_1', part: 'operative', index: 0, number: '1', path: '1' }], new: [{ id: 'op_1', part: 'operative', index: 1, number: '2', path: '2' }] },
      reworded,
      { kind: 'removed', anchor: 'removed-op_3', old: [{ id: 'op_3', part: 'operative', index: 2, number: '3', path: '3', text }], new: [] },
    ],
    annexes: [
      {
        kind: 'changed',
        id: 'annex_1',
        label: 'Annex',
        title: { old: text, new: 'Designations' },
        entries: [
          { kind: 'added', id: 'entry_1', label: '1', name: text, entryKind: 'individual', text },
          { kind: 'changed', id: 'entry_2', label: '2', name: 'Vessel', oldName: text, redline: { segments: [{ kind: 'delete', text }, { kind: 'equal', text: ' flag ' }, { kind: 'insert', text }], fallback: false } },
        ],
      },
    ],
  };
}
