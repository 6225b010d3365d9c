import type { RootContent } from 'mdast';
import type { MetadataChange, MetadataValue } from '../../../diff/types.js';
import { heading, table, type Phrasing } from '../lib/mdast.js';
import { formatDate } from '../lib/names.js';

/** "dates.revised" → "date revised", "vote.inFavour" → "vote in favour". */
function fieldName(field: string): string {
  return field
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ')
    .replace(/^dates /, 'date ');
}

function value(v: MetadataValue | undefined, field: string): string {
  if (v === undefined) return '—';
  if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
  if (field === 'status' && typeof v === 'string') return v.replace(/-/g, ' ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : String(v);
}

function newValue(change: MetadataChange): string {
  const lists = [change.added?.length ? `added: ${change.added.join(', ')}` : '', change.removed?.length ? `removed: ${change.removed.join(', ')}` : ''].filter(Boolean);
  return lists.length ? `${value(change.new, change.field)} (${lists.join('; ')})` : value(change.new, change.field);
}

/** Changes to the document's own details: symbol, status, dates, sponsors … */
export function metadataTable(changes: readonly MetadataChange[]): RootContent[] {
  if (changes.length === 0) return [];
  const rows = changes.map((change): Phrasing[][] => [[fieldName(change.field)], [value(change.old, change.field)], [newValue(change)]]);
  return [heading(2, 'Document details'), table([['Detail'], ['Old'], ['New']], rows)];
}
