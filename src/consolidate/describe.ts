import type { Reference } from '../model/document.js';
import { describeMeasure } from '../model/measures.js';
import type { Measure, Moment, ProvenanceEntry, ProvisionCitation, Wording } from './types.js';
import { joinNames } from '../text/join-names.js';

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
  continue: 'continued by',
  terminate: 'terminated by',
  exempt: 'exemption granted by',
  'committee-mandate': 'mandate changed by',
  'establish-committee': 'established by',
  'dissolve-committee': 'dissolved by',
  review: 'review foreseen by',
  expire: 'expired, as set by',
};

/** How many words of its wording name a measure the files give no code for. */
const OPENING_WORDS = 8;

/**
 * A measure the files give no code for, named by the first words of its wording and marked as
 * such: “Calls upon all States, and all international organizations …” (opening words of the
 * official text). "measure not named in the files" only where it has no wording either.
 */
export function unnamedMeasure(wording: Wording): string {
  const words = (wording.text.split('\n')[0] ?? '').split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return 'measure not named in the files';
  const opening = words.slice(0, OPENING_WORDS).join(' ');
  const quoted = words.length > OPENING_WORDS ? `${opening.replace(/[,;:]$/, '')} …` : opening;
  return `“${quoted}” (opening words of the ${wording.kind === 'summary' ? 'editorial summary' : 'official text'})`;
}

/** "supply ban (petroleum), arms embargo"; the first words of its wording where the files give no code. */
export function describeMeasures(measure: Pick<Measure, 'measures' | 'wording'>): string {
  return measure.measures.length > 0 ? measure.measures.map(describeMeasure).join(', ') : unnamedMeasure(measure.wording);
}

/** Whether the words are the Council's or ours. */
export function describeWording(wording: Wording): string {
  if (wording.kind === 'text') return 'official wording';
  return `summary, not official wording${wording.status ? ` (${wording.status})` : ''}`;
}

/** The citation as the clause writes it where the file records that, else built from its parts. */
export function describeReference(reference: Reference): string {
  if (reference.text) return reference.text;
  const where = reference.resolution ? `resolution ${reference.resolution}` : 'this text';
  const parts: string[] = [];
  if (reference.paragraphs?.length) parts.push(`${reference.paragraphs.length === 1 && !reference.paragraphs[0]!.includes('-') ? 'paragraph' : 'paragraphs'} ${joinNames(reference.paragraphs)} of ${where}`);
  if (reference.clauses?.length) parts.push(`${reference.clauses.length === 1 ? 'clause' : 'clauses'} ${joinNames(reference.clauses)} of ${where}`);
  if (reference.resolutions?.length) parts.push(reference.andSubsequent ? `resolutions ${reference.resolutions.join(', ')} and subsequent related resolutions` : `resolutions ${joinNames(reference.resolutions)}`);
  if (parts.length === 0) parts.push(where);
  const cited = joinNames(parts);
  return reference.committee ? `the committee established by ${cited}` : cited;
}
