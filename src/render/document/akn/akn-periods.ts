import type { Effect } from '../../../model/document.js';
import { element, type XmlElement } from './xml-tree.js';

/** The TLCConcept a period of efficacy refers to (meta/references). */
export const EFFICACY_CONCEPT = 'efficacy';

/**
 * When effects take hold and cease, in Akoma Ntoso's terms: one lifecycle event per date, one
 * period (a temporalGroup holding a timeInterval from one event to the next) per distinct span,
 * which a modification names in `<efficacy period>`. An effect that takes hold on adoption starts
 * at the document's own date; one with neither a date nor an end has no period.
 */
export class EffectPeriods {
  private readonly events = new Map<string, string>();
  private readonly periods = new Map<string, XmlElement>();

  constructor(private readonly documentDate: string) {}

  /** The eId of the period an effect is in effect for, if its dates say one. */
  periodOf(effect: Effect): string | undefined {
    const effective = effect.effective;
    if (effective?.date === undefined && effective?.until === undefined) return undefined;
    const start = this.event(effective.date ?? this.documentDate);
    const end = effective.until === undefined ? undefined : this.event(effective.until);
    const eid = `period_${start.slice(4)}${end === undefined ? '' : `_${end.slice(4)}`}`;
    if (!this.periods.has(eid)) this.periods.set(eid, element('temporalGroup', { eId: eid }, [element('timeInterval', { start: `#${start}`, end: end === undefined ? undefined : `#${end}`, refersTo: `#${EFFICACY_CONCEPT}` })]));
    return eid;
  }

  private event(date: string): string {
    const eid = `evt_${date}`;
    this.events.set(date, eid);
    return eid;
  }

  /** meta/lifecycle, if any effect is dated. */
  lifecycle(): XmlElement | undefined {
    const dates = [...this.events.keys()].sort();
    return dates.length === 0 ? undefined : element('lifecycle', { source: '#bluedraft' }, dates.map((date) => element('eventRef', { eId: this.events.get(date), date, source: '#bluedraft' })));
  }

  /** meta/temporalData, if any effect is dated. */
  temporalData(): XmlElement | undefined {
    return this.periods.size === 0 ? undefined : element('temporalData', { source: '#bluedraft' }, [...this.periods.values()]);
  }
}
