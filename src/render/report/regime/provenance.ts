import { ACTION_LABELS, describeProvision } from '../../../consolidate/describe.js';
import type { Moment, ProvenanceEntry } from '../../../consolidate/types.js';
import { emphasis, type Phrasing } from '../lib/mdast.js';
import { capitalise, formatDate } from '../lib/names.js';

/** "23 June 1993, 00:01 EST", "27 August 1993 (on adoption)". */
export function momentWords(moment: Moment): string {
  const time = moment.time ? `, ${moment.time}${moment.zone ? ` ${moment.zone}` : ''}` : '';
  return `${formatDate(moment.date)}${time}${moment.onAdoption ? ' (on adoption)' : ''}`;
}

/**
 * One event in a measure's life, as a sentence: "Suspended by resolution 861 (1993), paragraph 1,
 * on 27 August 1993 (on adoption)", then its condition (recorded, never evaluated) and notes.
 */
export function provenanceItem(entry: ProvenanceEntry): Phrasing[] {
  const qualifiers = [
    entry.until !== undefined && entry.action !== 'expire' ? `until ${formatDate(entry.until)}` : undefined,
    entry.direction === 'loosen' ? 'loosens it' : entry.direction === 'tighten' ? 'tightens it' : undefined,
    entry.status && entry.status !== 'confirmed' ? (entry.status === 'partly' ? 'partly confirmed by the sources' : 'not confirmed by the sources') : undefined,
    entry.inferred ? 'proposed by bluedraft import, not yet confirmed by a person' : undefined,
    entry.expired ? 'expired' : undefined,
  ].filter((q): q is string => q !== undefined);
  const item: Phrasing[] = [`${capitalise(ACTION_LABELS[entry.action])} ${describeProvision(entry.by)}, ${momentWords(entry.at)}${qualifiers.length ? ` (${qualifiers.join('; ')})` : ''}.`];
  if (entry.condition !== undefined) item.push(' ', emphasis('Condition, recorded and not evaluated:'), ` “${entry.condition}”`);
  if (entry.note !== undefined) item.push(' ', emphasis('Note:'), ` ${entry.note}`);
  return item;
}
