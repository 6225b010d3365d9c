import type { CollectiveEffect } from '../../../consolidate/collective.js';
import type { ImpactReport, MeasureImpact, ProvisionCitation, Wording } from '../../../consolidate/types.js';
import type { RedlineStyle } from '../lib/redline.js';
import { actingParagraphs } from './words.js';

/** "draft", or "resolution" for an adopted resolution assessed as if it were not adopted yet. */
export type Noun = 'draft' | 'resolution';

/** What every section of the impact report reads: the report and what is derived from it once. */
export interface ImpactContext {
  report: ImpactReport;
  noun: Noun;
  style: RedlineStyle;
  /** The measures the draft changes that are reported one by one. */
  changed: MeasureImpact[];
  /** The draft's effects on whole resolutions, each reported once with the measures it alone changes. */
  collective: CollectiveEffect[];
  /** The draft's paragraphs with a legal effect on a measure, each once. */
  acting: ProvisionCitation[];
  actingIds: ReadonlySet<string>;
  /** Keys of the measures that have a section of their own. */
  sectioned: ReadonlySet<string>;
}

export function impactContext(report: ImpactReport, style: RedlineStyle): ImpactContext {
  const { individual, collective } = report.grouped;
  const changed = individual.filter((impact) => impact.category !== 'unchanged');
  const acting = actingParagraphs([...changed, ...collective.flatMap((effect) => effect.alone)]);
  return {
    report,
    noun: report.draft.symbol?.startsWith('S/RES/') ? 'resolution' : 'draft',
    style,
    changed,
    collective,
    acting,
    actingIds: new Set(acting.map((citation) => citation.clauseId)),
    sectioned: new Set(changed.map((impact) => impact.measure.key)),
  };
}

/** The words of one of the draft's acting clauses, as the assessment recorded them. */
export function actingWording(context: ImpactContext, clauseId: string): Wording | undefined {
  return context.report.acting.find((clause) => clause.by.clauseId === clauseId)?.wording;
}

/** Whether an entry is the draft's own. */
export function isOwn(context: ImpactContext, entry: { by: ProvisionCitation }): boolean {
  return entry.by.documentKey === context.report.draft.documentKey;
}
