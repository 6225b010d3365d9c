/**
 * The draft's effects on whole resolutions or on a chain of them: the China–Russia draft exempts
 * inter-Korean projects from "resolutions 1718 (2006) and subsequent", which reaches every
 * measure of the regime still in force. Counted measure by measure, such an effect reads as
 * dozens of measures loosened in substance and buries what the draft names; so reports state it
 * once, with the measures it reaches, and count apart the measures it alone changes. Plain
 * functions of an `ImpactReport`, shared by the text output and the Markdown report.
 */
import { describeReference } from './describe.js';
import { IMPACT_CATEGORIES, type ImpactCategory, type ImpactReport, type MeasureImpact, type ProvenanceEntry } from './types.js';

/** A chain ("… and subsequent related resolutions") reaches the regime; whole resolutions named one by one, those resolutions. */
export type CollectiveScope = 'regime-wide' | 'resolution-wide';

/** One effect of the draft on whole resolutions, with the measures it reaches. */
export interface CollectiveEffect {
  /** Identifies the effect (and the category of the measures it alone changes) within a report. */
  key: string;
  /** How it changes the measures it alone changes: "loosened" for an exemption. */
  category: ImpactCategory;
  /** The effect as applied, to the first of those measures. */
  entry: ProvenanceEntry;
  scope: CollectiveScope;
  /** The measures that nothing else in the draft changes. */
  alone: MeasureImpact[];
  /** The measures it reaches that the draft also changes by an effect naming them: reported on their own. */
  alsoReaches: MeasureImpact[];
}

export interface GroupedImpacts {
  /** The measures reported one by one: those the draft changes by an effect naming them, and those it leaves unchanged. */
  individual: MeasureImpact[];
  collective: CollectiveEffect[];
}

/** The same effect, whichever measure it was applied to. */
export function effectKey(entry: ProvenanceEntry): string {
  return JSON.stringify([entry.by.documentKey, entry.by.clauseId, entry.action, entry.at.utc, entry.target ?? null]);
}

function changedOnlyCollectively(impact: MeasureImpact): boolean {
  return impact.category !== 'unchanged' && impact.changes.length > 0 && impact.changes.every((change) => change.collective);
}

/** Sorts the measures of a report into those reported one by one and the draft's effects on whole resolutions. */
export function groupImpacts(report: Pick<ImpactReport, 'measures'>): GroupedImpacts {
  const individual: MeasureImpact[] = [];
  const groups = new Map<string, CollectiveEffect>();
  for (const impact of report.measures) {
    if (!changedOnlyCollectively(impact)) {
      individual.push(impact);
      continue;
    }
    for (const entry of impact.changes) {
      const key = JSON.stringify([effectKey(entry), impact.category]);
      const group = groups.get(key) ?? { key, category: impact.category, entry, scope: entry.target?.andSubsequent ? 'regime-wide' : 'resolution-wide', alone: [], alsoReaches: [] };
      groups.set(key, group);
      group.alone.push(impact);
    }
  }
  const collective = [...groups.values()];
  for (const impact of individual) {
    for (const entry of impact.changes.filter((change) => change.collective)) {
      for (const group of collective) if (effectKey(group.entry) === effectKey(entry) && !group.alsoReaches.includes(impact)) group.alsoReaches.push(impact);
    }
  }
  return { individual, collective };
}

const NOUNS: Partial<Record<ProvenanceEntry['action'], string>> = {
  impose: 'imposition',
  extend: 'extension',
  amend: 'amendment',
  replace: 'replacement',
  suspend: 'suspension',
  reinstate: 'reinstatement',
  terminate: 'termination',
  exempt: 'exemption',
};

/** "regime-wide exemption", "resolution-wide terminations". */
export function collectiveName(effect: Pick<CollectiveEffect, 'entry' | 'scope'>, count = 1): string {
  const noun = NOUNS[effect.entry.action] ?? `${effect.entry.action} effect`;
  return `${effect.scope} ${noun}${count === 1 ? '' : 's'}`;
}

/** "all measures in force of resolutions 1718 (2006) and subsequent related resolutions": what the effect names. */
export function collectiveReach(effect: Pick<CollectiveEffect, 'entry' | 'alone' | 'alsoReaches'>): string {
  const standing = [...effect.alone, ...effect.alsoReaches].every((impact) => impact.before === 'in-force' || impact.before === 'suspended');
  const named = effect.entry.target ? describeReference(effect.entry.target) : 'whole resolutions';
  return standing ? `all measures in force of ${named}` : `all measures of ${named} not ended by then`;
}

/**
 * The count per category of the measures reported one by one, each followed by the draft's
 * effects on whole resolutions in that category and the measures they alone change: "7
 * terminated", "1 loosened", "1 regime-wide exemption reaching 33 other measures", "4 unchanged".
 * "other" where the effect also reaches measures counted on their own. With `zeros`, every
 * category is counted, even where it has none.
 */
export function impactSummary(report: Pick<ImpactReport, 'measures'>, options: { zeros?: boolean } = {}): string[] {
  const { individual, collective } = groupImpacts(report);
  const phrases: string[] = [];
  for (const category of IMPACT_CATEGORIES) {
    const count = individual.filter((impact) => impact.category === category).length;
    if (count > 0 || options.zeros) phrases.push(`${count} ${category}`);
    const kinds = new Map<string, CollectiveEffect[]>();
    for (const effect of collective.filter((group) => group.category === category)) {
      const name = collectiveName(effect);
      kinds.set(name, [...(kinds.get(name) ?? []), effect]);
    }
    for (const effects of kinds.values()) {
      const reached = new Set(effects.flatMap((effect) => effect.alone.map((impact) => impact.measure.key))).size;
      const other = effects.some((effect) => effect.alsoReaches.length > 0) ? 'other ' : '';
      phrases.push(`${effects.length} ${collectiveName(effects[0]!, effects.length)} reaching ${reached} ${other}measure${reached === 1 ? '' : 's'}`);
    }
  }
  return phrases;
}
