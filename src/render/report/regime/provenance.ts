import { ACTION_LABELS, describeProvision } from '../../../consolidate/describe.js';
import type { Moment, ProvenanceEntry } from '../../../consolidate/types.js';
import { emphasis, type Phrasing } from '../lib/mdast.js';
import { capitalise, formatDate } from '../lib/names.js';

/** "23 June 1993, 00:01 EST", "27 August 1993 (on adoption)". */
export function momentWords(moment: Moment): string {
  const time = moment.time ? `, ${moment.time}${moment.zone ? ` ${moment.zone}` : ''}` : '';
  return `${formatDate(moment.date)}${time}${moment.onAdoption ? ' (on adoption)' : ''}`;
}

/** "1 May 2000, 00:01 EST, by S/RES/510 (2000)": when a condition was recorded as met, and by what. */
function metWords(met: NonNullable<ProvenanceEntry['met']>): string {
  const time = met.time ? `, ${met.time}${met.zone ? ` ${met.zone}` : ''}` : '';
  return `${formatDate(met.date)}${time}${met.by ? `, by ${met.by}` : ''}${met.note ? ` (${met.note})` : ''}`;
}

/**
 * The conditions of an effect, verbatim: what it waits for (never applied until recorded as met),
 * its "unless" (read as not met unless recorded), its delay after adoption, and the record of a
 * fulfilment.
 */
function conditionPhrasing(entry: ProvenanceEntry): Phrasing[] {
  const item: Phrasing[] = [];
  if (entry.after) item.push(' ', emphasis('Takes hold:'), ` ${entry.after.days} days after adoption.`);
  if (entry.awaits !== undefined) item.push(' ', emphasis('Waits for, and is not applied until recorded as met:'), ` “${entry.awaits}”`);
  if (entry.condition !== undefined) item.push(' ', emphasis(entry.action === 'review' ? 'Condition:' : 'Condition, read as not met unless recorded as met:'), ` “${entry.condition}”`);
  if (entry.met) item.push(' ', emphasis('Recorded as met:'), ` ${metWords(entry.met)}.`);
  return item;
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
  item.push(...conditionPhrasing(entry));
  if (entry.note !== undefined) item.push(' ', emphasis('Note:'), ` ${entry.note}`);
  return item;
}
