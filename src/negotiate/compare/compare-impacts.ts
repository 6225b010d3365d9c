import { assessImpact } from '../../consolidate/impact.js';
import type { Regime } from '../../consolidate/load-regime.js';
import { parseAsOf } from '../../consolidate/moment.js';
import { documentDate } from '../../consolidate/regime-document.js';
import type { AsOf, ConditionalChange, ImpactReport, MeasureImpact, ProvenanceEntry } from '../../consolidate/types.js';
import type { Diagnostic } from '../../load/diagnostic.js';
import type { LoadedDocument } from '../../load/load-document.js';
import { NegotiationRefusal } from '../refusal.js';
import type { AddedMeasure, ImpactComparison, ImpactDraft, ImpactSide, RegimeMeasureStanding } from './impact-types.js';
import type { Standing } from './types.js';

const ORDER: Standing[] = ['conflict', 'agreed', 'only-a', 'only-b'];

export type ImpactComparisonResult = { ok: true; comparison: ImpactComparison } | { ok: false; diagnostics: Diagnostic[] };

interface NamedDraft {
  name: string;
  draft: LoadedDocument;
}

/** The day both drafts are assessed on: the one given, else the later of their dates (an undated draft is left to `assessImpact` to refuse). */
function commonDay(a: LoadedDocument, b: LoadedDocument, asOf: AsOf | undefined): AsOf | undefined {
  if (asOf) return asOf;
  const dates = [documentDate(a.document), documentDate(b.document)];
  if (dates.some((date) => date === undefined)) return undefined;
  return parseAsOf((dates as string[]).sort().at(-1)!);
}

/** An effect as it would act, without the paragraph that states it: equal for the same change made by either draft. */
function effectKey(entry: ProvenanceEntry): unknown[] {
  return [entry.action, entry.at.utc, entry.direction ?? null, entry.until ?? null, entry.after ?? null, entry.condition ?? null, entry.awaits ?? null, entry.wording?.text ?? null];
}

function sideOf(impact: MeasureImpact | undefined, conditional: ConditionalChange[], before: RegimeMeasureStanding['before']): ImpactSide {
  const pending = impact ? conditional.filter((change) => change.measures.includes(impact.measure.key)) : [];
  if (!impact) return { category: 'unchanged', after: before, actedOnBy: [], changes: [], conditional: [] };
  const side: ImpactSide = { category: impact.category, after: impact.after, actedOnBy: impact.actedOnBy, changes: impact.changes, conditional: pending };
  if (impact.wording) side.wording = impact.wording;
  return side;
}

function acts(side: ImpactSide): boolean {
  return side.category !== 'unchanged' || side.conditional.length > 0;
}

/** What a draft does to a measure, as a key: equal where both drafts would leave it in the same state by the same changes. */
function sideKey(side: ImpactSide, impact: MeasureImpact | undefined): string {
  return JSON.stringify([side.category, side.after, impact?.measure.until ?? null, side.wording?.after.text ?? null, side.changes.map(effectKey), side.conditional.map((c) => [c.status, ...effectKey(c.entry)])]);
}

function added(report: ImpactReport): AddedMeasure[] {
  return report.measures
    .filter((impact) => impact.before === undefined)
    .map(({ measure, after }) => ({ key: measure.key, provision: measure.provision, measures: measure.measures, wording: measure.wording, after }));
}

function draftOf(name: string, report: ImpactReport): ImpactDraft {
  return { name, draft: report.draft, comparedAt: report.comparedAt, summary: report.summary, added: added(report) };
}

/** Each measure of the regime, in the regime's order, with what each draft would do to it, where either would. */
function standings(ra: ImpactReport, rb: ImpactReport): { measures: RegimeMeasureStanding[]; untouched: number } {
  const [ia, ib] = [ra, rb].map((report) => new Map(report.measures.filter((m) => m.before !== undefined).map((m) => [m.measure.key, m])));
  const inForce = new Map([...ra.before.measures, ...rb.before.measures].map((m) => [m.key, m]));
  let untouched = 0;
  const measures: RegimeMeasureStanding[] = [];
  for (const [key, measure] of inForce) {
    const [ma, mb] = [ia!.get(key), ib!.get(key)];
    const [sa, sb] = [sideOf(ma, ra.conditional, measure.status), sideOf(mb, rb.conditional, measure.status)];
    if (!acts(sa) && !acts(sb)) {
      untouched += 1;
      continue;
    }
    const standing: Standing = !acts(sa) ? 'only-b' : !acts(sb) ? 'only-a' : sideKey(sa, ma) === sideKey(sb, mb) ? 'agreed' : 'conflict';
    measures.push({ key, provision: measure.provision, measures: measure.measures, wording: measure.wording, before: measure.status, standing, a: sa, b: sb });
  }
  const order = measures.map((m, i) => ({ m, i })).sort((x, y) => ORDER.indexOf(x.m.standing) - ORDER.indexOf(y.m.standing) || x.i - y.i);
  return { measures: order.map(({ m }) => m), untouched };
}

/**
 * Two competing drafts against the regime in force (docs/negotiation.md): `assessImpact` is run
 * once per draft, both as if adopted on the same day (`asOf`, else the later of the drafts'
 * dates), and the two impacts are set side by side: per measure of the regime either would
 * change, what each would do to it, agreed, only in A, only in B or in conflict; and the
 * measures each would add. Throws `NegotiationRefusal` where a draft names another regime.
 */
export function compareImpacts(regime: Regime, a: NamedDraft, b: NamedDraft, asOf?: AsOf): ImpactComparisonResult {
  for (const { name, draft } of [a, b]) {
    const own = draft.document.regime;
    if (own !== undefined && own !== regime.id) throw new NegotiationRefusal(`${name} is for the ${own} regime, not ${regime.id}: its impact on ${regime.id} cannot be compared`);
  }
  const day = commonDay(a.draft, b.draft, asOf);
  const results = [assessImpact(a.draft, regime, day), assessImpact(b.draft, regime, day)];
  const refused = results.flatMap((result) => (result.ok ? [] : result.diagnostics));
  if (refused.length > 0) return { ok: false, diagnostics: refused };
  const [ra, rb] = results.map((result) => (result as { ok: true; report: ImpactReport }).report) as [ImpactReport, ImpactReport];
  const { measures, untouched } = standings(ra, rb);
  const counts = Object.fromEntries(ORDER.map((s) => [s, measures.filter((m) => m.standing === s).length])) as Record<Standing, number>;
  const seen = new Set<string>();
  const diagnostics = [...ra.diagnostics, ...rb.diagnostics].filter((d) => {
    const key = JSON.stringify(d);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return { ok: true, comparison: { regime: regime.id, asOf: ra.asOf, a: draftOf(a.name, ra), b: draftOf(b.name, rb), measures, counts, untouched, diagnostics } };
}
