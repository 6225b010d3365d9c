import type { RootContent } from 'mdast';
import type { MetadataChange, MetadataValue } from '../../../diff/types.js';
import { heading, table, type Phrasing } from '../lib/mdast.js';

/** "dates.revised" → "date revised", "vote.inFavour" → "vote in favour". */
function fieldName(field: string): string {
  return field
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ')
    .replace(/^dates /, 'date ');
}

function value(v: MetadataValue | undefined): string {
  if (v === undefined) return '—';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

function newValue(change: MetadataChange): string {
  const lists = [change.added?.length ? `added: ${change.added.join(', ')}` : '', change.removed?.length ? `removed: ${change.removed.join(', ')}` : ''].filter(Boolean);
  return lists.length ? `${value(change.new)} (${lists.join('; ')})` : value(change.new);
}

/** Changes to the document's own details: symbol, status, dates, sponsors … */
export function metadataTable(changes: readonly MetadataChange[]): RootContent[] {
  if (changes.length === 0) return [];
  const rows = changes.map((change): Phrasing[][] => [[fieldName(change.field)], [value(change.old)], [newValue(change)]]);
  return [heading(2, 'Document details'), table([['Detail'], ['Old'], ['New']], rows)];
}
