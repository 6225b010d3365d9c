import type { BlockContent, RootContent } from 'mdast';
import { describeProvision } from '../../../consolidate/describe.js';
import { measureNames } from '../lib/measure-names.js';
import type { Committee, Measure, MeasureStatus, ProvenanceEntry } from '../../../consolidate/types.js';
import { anchored } from '../lib/anchors.js';
import { bulletList, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise, formatDate } from '../lib/names.js';
import { provenanceItem } from './provenance.js';
import { wordingBlocks } from './wording.js';
import { keyParts } from '../../../consolidate/clause-key.js';

export const STATUS_WORDS: Record<MeasureStatus, string> = { 'in-force': 'in force', suspended: 'suspended', terminated: 'terminated', pending: 'adopted, not yet in force' };

export function measureKey(key: string): string {
  return `measure:${key}`;
}

/** "Asset freeze: resolution 841 (1993), paragraph 8" */
export function measureTitle(measure: Measure): string {
  return `${capitalise(measureNames(measure))}: ${describeProvision(measure.provision)}`;
}

/** "841 (1993)#op_8" → "resolution 841 (1993), clause op_8": a measure key a reader can follow. */
function keyWords(key: string): string {
  const { documentKey, clauseId } = keyParts(key);
  return clauseId ? `${/^\d/.test(documentKey) ? `resolution ${documentKey}` : documentKey}, clause ${clauseId}` : key;
}

function facts(measure: Measure): Phrasing[][] {
  const items: Phrasing[][] = [];
  if (measure.heading) items.push([`Under the heading “${measure.heading}”.`]);
  if (measure.partOf) items.push([`Part of the measure held in ${keyWords(measure.partOf)}.`]);
  if (measure.replaces.length) items.push([`Takes the place of ${measure.replaces.map(keyWords).join(', ')}.`]);
  if (measure.replacedBy) items.push([`Replaced by ${keyWords(measure.replacedBy)}.`]);
  if (measure.until !== undefined) items.push([`Ceases after ${formatDate(measure.until)}.`]);
  return items;
}

/** Changes that conditions hold back, shown after the history: pending on a condition precedent, or called off by an "unless". */
export interface HeldChanges {
  awaiting?: readonly ProvenanceEntry[];
  calledOff?: readonly ProvenanceEntry[];
}

export function historyList(entries: readonly ProvenanceEntry[], scheduled: readonly ProvenanceEntry[] = [], held: HeldChanges = {}): BlockContent[] {
  const items = [
    ...entries.map(provenanceItem),
    ...scheduled.map((entry): Phrasing[] => [strong('Scheduled:'), ' ', ...provenanceItem(entry)]),
    ...(held.awaiting ?? []).map((entry): Phrasing[] => [strong('Pending, never applied until its condition is recorded as met:'), ' ', ...provenanceItem(entry)]),
    ...(held.calledOff ?? []).map((entry): Phrasing[] => [strong('Called off by its “unless”:'), ' ', ...provenanceItem(entry)]),
  ];
  return items.length ? [bulletList(items)] : [];
}

export interface MeasureSectionOptions {
  /** The events to list; all of the measure's history by default. */
  history?: readonly ProvenanceEntry[];
  /** Facts to give first, in the same list as the measure's own. */
  lead?: Phrasing[][];
  /** Whether to quote the wording: not where a redline above shows it already. */
  wording?: boolean;
}

/** A measure's own section: its heading (linked to from tables), facts, wording and history. */
export function measureSection(measure: Measure, level: 3 | 4, options: MeasureSectionOptions = {}): RootContent[] {
  const items = [...(options.lead ?? []), ...facts(measure)];
  const history = options.history ?? measure.history;
  return [
    anchored(heading(level, measureTitle(measure)), measureKey(measure.key)),
    ...(items.length ? [bulletList(items)] : []),
    ...(options.wording === false ? [] : wordingBlocks(measure.wording)),
    ...(history.length || measure.scheduled.length || measure.awaiting.length || measure.calledOff.length ? [paragraph(strong('History:')), ...historyList(history, measure.scheduled, measure)] : []),
  ];
}

export function committeeSection(committee: Committee, level: 3): RootContent[] {
  return [heading(level, `Committee established by ${describeProvision(committee.establishedBy)}`), paragraph(`Status: ${committee.status}.`), ...historyList(committee.history, committee.scheduled, committee)];
}
