import { describeMeasure } from '../model/measures.js';
import type { Measure, Moment, ProvenanceEntry, ProvisionCitation, Wording } from './types.js';

/**
 * Plain-language names for consolidation results, shared by the text output and the reports.
 * They describe; they never reword resolution text.
 */

/**
 * "resolution 841 (1993), paragraph 8"; where the sources do not confirm the number,
 * "resolution 2321 (2016), paragraph not confirmed (clause op_statues)": never a guessed number.
 */
export function describeProvision(citation: ProvisionCitation): string {
  if (citation.paragraph === undefined) return `${citation.document}, paragraph not confirmed (clause ${citation.clauseId})`;
  const doubt = citation.numberStatus === 'confirmed' ? '' : ` (number ${citation.numberStatus === 'partly' ? 'partly confirmed' : 'unconfirmed'})`;
  return `${citation.document}, paragraph ${citation.paragraph}${doubt}`;
}

/** "1993-06-23 00:01 EST", "1993-08-27 (on adoption)". */
export function describeMoment(moment: Moment): string {
  const time = moment.time ? ` ${moment.time}${moment.zone ? ` ${moment.zone}` : ''}` : '';
  return `${moment.date}${time}${moment.onAdoption ? ' (on adoption)' : ''}`;
}

/** What each action did to the measure or committee, as a reader would say it. */
export const ACTION_LABELS: Record<ProvenanceEntry['action'], string> = {
  impose: 'imposed by',
  extend: 'extended by',
  amend: 'amended by',
  replace: 'replaced under',
  suspend: 'suspended by',
  reinstate: 'suspension ended by',
  terminate: 'terminated by',
  exempt: 'exemption granted by',
  'committee-mandate': 'mandate changed by',
  'establish-committee': 'established by',
  'dissolve-committee': 'dissolved by',
  review: 'review foreseen by',
  expire: 'expired, as set by',
};

/** "supply ban (petroleum), arms embargo"; "measure not named in the files" where none is given. */
export function describeMeasures(measure: Pick<Measure, 'measures'>): string {
  return measure.measures.length > 0 ? measure.measures.map(describeMeasure).join(', ') : 'measure not named in the files';
}

/** Whether the words are the Council's or ours. */
export function describeWording(wording: Wording): string {
  if (wording.kind === 'text') return 'official wording';
  return `summary, not official wording${wording.status ? ` (${wording.status})` : ''}`;
}
