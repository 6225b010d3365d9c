import { elements } from './akn-tree.js';
import type { ParsedElement } from './parse-xml.js';

export interface Period {
  start?: string;
  end?: string;
}

/**
 * The periods of meta/temporalData, by eId, with the dates of the lifecycle events that start
 * and end them: what a modification's `<efficacy period>` or `<force period>` says of when it
 * takes hold and ceases.
 */
export function readPeriods(meta: ParsedElement | undefined): Map<string, Period> {
  const dates = new Map<string, string>();
  for (const event of meta ? elements(meta, 'lifecycle').flatMap((l) => elements(l, 'eventRef')) : []) {
    const eid = event.attributes.get('eId');
    const date = event.attributes.get('date');
    if (eid !== undefined && date !== undefined) dates.set(eid, date.slice(0, 10));
  }
  const dateOf = (ref: string | undefined) => (ref === undefined ? undefined : dates.get(ref.replace(/^#/, '')));
  const periods = new Map<string, Period>();
  for (const group of meta ? elements(meta, 'temporalData').flatMap((t) => elements(t, 'temporalGroup')) : []) {
    const interval = elements(group, 'timeInterval')[0];
    const eid = group.attributes.get('eId');
    if (!interval || eid === undefined) continue;
    const period: Period = {};
    const start = dateOf(interval.attributes.get('start'));
    const end = dateOf(interval.attributes.get('end'));
    if (start !== undefined) period.start = start;
    if (end !== undefined) period.end = end;
    periods.set(eid, period);
  }
  return periods;
}
