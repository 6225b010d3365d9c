import type { ResolutionDocument } from '../model/document.js';
import type { MetadataChange, MetadataValue } from './types.js';

/**
 * The document fields a reader of a new revision cares about, in the order reports list them.
 * `source` and `notes` are left out: they describe our copy of the text, not the text.
 */
const FIELDS = [
  'symbol', 'kind', 'number', 'year', 'title', 'agendaItem', 'status', 'revision',
  'dates.circulated', 'dates.revised', 'dates.voted', 'dates.adopted', 'meeting', 'meetingStatus',
  'vote.inFavour', 'vote.against', 'vote.abstaining', 'vote.unanimous', 'vote.withoutVote',
  'vote.votedAgainst', 'vote.abstentions', 'vote.record',
  'sponsors', 'penholder', 'regime', 'language', 'completeness', 'opening',
] as const;

function valueAt(document: ResolutionDocument, field: string): MetadataValue | undefined {
  let value: unknown = document;
  for (const step of field.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
  return value as MetadataValue | undefined;
}

/** Each document field whose value differs; for lists, also the entries added and removed. */
export function diffMetadata(old: ResolutionDocument, updated: ResolutionDocument): MetadataChange[] {
  const changes: MetadataChange[] = [];
  for (const field of FIELDS) {
    const [before, after] = [valueAt(old, field), valueAt(updated, field)];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const change: MetadataChange = { field };
    if (before !== undefined) change.old = before;
    if (after !== undefined) change.new = after;
    if (Array.isArray(before) || Array.isArray(after)) {
      const [from, to] = [before as string[] | undefined, after as string[] | undefined].map((list) => list ?? []) as [string[], string[]];
      change.added = to.filter((entry) => !from.includes(entry));
      change.removed = from.filter((entry) => !to.includes(entry));
    }
    changes.push(change);
  }
  return changes;
}
