import type { CollectiveEffect } from '../../../consolidate/collective.js';
import { describeProvision } from '../../../consolidate/describe.js';
import type { ImpactCategory, MeasureImpact, ProvisionCitation } from '../../../consolidate/types.js';
import { linkTo } from '../lib/anchors.js';
import type { Phrasing } from '../lib/mdast.js';
import { STATUS_WORDS } from '../regime/measure-section.js';
import type { Noun } from './context.js';
import { joinNames } from '../../../text/join-names.js';

/** What the draft would do to a measure of each category, as a verb. */
export const CATEGORY_VERBS: Record<ImpactCategory, string> = {
  terminated: 'terminate',
  suspended: 'suspend',
  reinstated: 'bring back into force',
  loosened: 'loosen',
  tightened: 'tighten',
  amended: 'amend',
  added: 'add',
  unchanged: 'leave unchanged',
};

const CATEGORY_NOTES: Partial<Record<ImpactCategory, string>> = {
  reinstated: ' (end a suspension)',
  loosened: ' (exemptions, higher caps, later deadlines)',
  amended: ' (the files do not say which way)',
};

export function categoryTitle(category: ImpactCategory, noun: Noun, count: number): string {
  const verb = category === 'unchanged' ? 'leaves unchanged' : `would ${CATEGORY_VERBS[category]}`;
  return `Measures the ${noun} ${verb}${CATEGORY_NOTES[category] ?? ''} (${count})`;
}

export function actingKey(citation: ProvisionCitation): string {
  return `acting:${citation.clauseId}`;
}

export function collectiveKey(effect: CollectiveEffect): string {
  return `collective:${effect.key}`;
}

/** The paragraphs with a legal effect on the measure, each once: review clauses are listed on their own. */
export function actingOn(impact: MeasureImpact): ProvisionCitation[] {
  const seen = new Map<string, ProvisionCitation>();
  for (const change of impact.changes) if (change.action !== 'review' && !seen.has(change.by.clauseId)) seen.set(change.by.clauseId, change.by);
  return [...seen.values()];
}

export function actingParagraphs(impacts: readonly MeasureImpact[]): ProvisionCitation[] {
  const seen = new Map<string, ProvisionCitation>();
  for (const citation of impacts.flatMap(actingOn)) if (!seen.has(citation.clauseId)) seen.set(citation.clauseId, citation);
  return [...seen.values()];
}

/** The citations, each linked to the section of the acting paragraph where the report has one. */
export function citationLinks(citations: readonly ProvisionCitation[], linked: ReadonlySet<string>): Phrasing[] {
  if (citations.length === 0) return ['—'];
  return citations.flatMap((citation, index) => [...(index ? ['; '] : []), linked.has(citation.clauseId) ? linkTo(actingKey(citation), describeProvision(citation)) : describeProvision(citation)]);
}

/** "in force → in force", or a count for each change of status where they differ. */
export function statusChanges(impacts: readonly MeasureImpact[]): string {
  const counts = new Map<string, number>();
  for (const impact of impacts) {
    const change = `${impact.before ? STATUS_WORDS[impact.before] : 'not in the regime'} → ${STATUS_WORDS[impact.after]}`;
    counts.set(change, (counts.get(change) ?? 0) + 1);
  }
  if (counts.size === 1) return `${[...counts.keys()][0]!}, for each`;
  return [...counts].map(([change, n]) => `${change} (${n})`).join('; ');
}

/** "resolutions 1718 (2006), 1874 (2009) and 2087 (2013)": the documents holding the measures. */
export function heldIn(impacts: readonly MeasureImpact[]): string {
  const documents = [...new Set(impacts.map((impact) => impact.measure.provision.resolution ?? impact.measure.provision.document))];
  if (documents.length === 1) return impacts[0]!.measure.provision.document;
  return `resolutions ${joinNames(documents)}`;
}
