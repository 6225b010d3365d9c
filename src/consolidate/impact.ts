import path from 'node:path';
import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import { redline } from '../diff/redline.js';
import { consolidate } from './consolidate.js';
import { compareDocuments, type Regime } from './load-regime.js';
import { groupImpacts } from './collective.js';
import { effectTiming } from './conditions.js';
import { asOfInstant, parseAsOf, startOfDay } from './moment.js';
import { effectsOf, indexClauses, wordingOf } from './provision.js';
import { sameProvision } from './same-provision.js';
import { documentDate, regimeDocument, type RegimeDocument } from './regime-document.js';
import {
  IMPACT_CATEGORIES,
  type ActingClause,
  type AsOf,
  type CommitteeImpact,
  type DocumentSummary,
  type ImpactCategory,
  type ImpactReport,
  type Measure,
  type MeasureImpact,
  type ProvenanceEntry,
  type ProvisionCitation,
  type RegimeState,
} from './types.js';
import { provisionKey } from './clause-key.js';

export type ImpactResult = { ok: true; report: ImpactReport } | { ok: false; diagnostics: Diagnostic[] };

/** The way an effect moves a measure where the file does not say: an exemption loosens, an extension tightens. */
function directionOf(entry: ProvenanceEntry): 'loosen' | 'tighten' | undefined {
  if (entry.direction) return entry.direction;
  if (entry.action === 'exempt') return 'loosen';
  if (entry.action === 'extend') return 'tighten';
  return undefined;
}

/** A later end date loosens, an earlier one tightens; a new end date loosens, removing one tightens. */
function untilDirection(before: Measure, after: Measure): 'loosen' | 'tighten' | undefined {
  if (before.until === after.until) return undefined;
  if (before.until === undefined) return 'loosen';
  if (after.until === undefined) return 'tighten';
  return after.until > before.until ? 'loosen' : 'tighten';
}

function byDirection(directions: Array<'loosen' | 'tighten' | undefined>): ImpactCategory {
  if (directions.length > 0 && directions.every((d) => d === 'loosen')) return 'loosened';
  if (directions.length > 0 && directions.every((d) => d === 'tighten')) return 'tightened';
  return 'amended';
}

/**
 * How the draft's changes move one measure. A change of status says it all (terminated,
 * suspended, reinstated); otherwise the directions of the changes decide (an amended end date
 * moves the measure by whether it comes later or sooner), and a change whose direction the
 * files do not state, or changes both ways, make it "amended".
 */
function classify(before: Measure, after: Measure, changes: ProvenanceEntry[]): ImpactCategory {
  // A continuation changes nothing: the measure goes on as it was.
  const changing = changes.filter((change) => change.action !== 'continue');
  if (before.status !== after.status) {
    if (after.status === 'terminated') return after.ended?.reason === 'replaced' ? byDirection(changing.filter((c) => c.action === 'replace').map(directionOf)) : 'terminated';
    if (after.status === 'suspended') return 'suspended';
    if (before.status === 'suspended') return 'reinstated';
    return before.status === 'terminated' ? 'added' : 'tightened';
  }
  if (changing.length === 0) return 'unchanged';
  const until = untilDirection(before, after);
  return byDirection(changing.map((change) => directionOf(change) ?? (change.until !== undefined ? until : undefined)));
}

function unique(citations: ProvisionCitation[]): ProvisionCitation[] {
  return citations.filter((c, i) => citations.findIndex((o) => sameProvision(o, c)) === i);
}

function summarise(document: RegimeDocument): DocumentSummary {
  const { document: data } = document.loaded;
  const summary: DocumentSummary = { documentKey: document.key, document: document.label, status: data.status, language: data.language };
  const date = documentDate(data);
  if (date) summary.date = date;
  if (data.symbol) summary.symbol = data.symbol;
  if (data.title) summary.title = data.title;
  if (data.revision) summary.revision = data.revision;
  if (data.sponsors) summary.sponsors = data.sponsors;
  return summary;
}

/**
 * The clauses that brought a measure into force: those that imposed it and, for a piece of a
 * measure or a replacement, the paragraphs that added that piece or took the old one's place.
 */
function imposedBy(measure: Measure, byKey: Map<string, Measure>): ProvisionCitation[] {
  const pieces = new Set<string>();
  for (let piece: Measure | undefined = measure; piece && !pieces.has(piece.key); piece = piece.partOf ? byKey.get(piece.partOf) : undefined) pieces.add(piece.key);
  const adding = new Set<ProvenanceEntry['action']>(['amend', 'extend', 'replace']);
  return measure.history.filter((entry) => entry.action === 'impose' || (adding.has(entry.action) && pieces.has(provisionKey(entry.by.documentKey, entry.by.clauseId)))).map((entry) => entry.by);
}

function measureImpacts(before: RegimeState, after: RegimeState, draft: RegimeDocument): MeasureImpact[] {
  const earlier = new Map(before.measures.map((m) => [m.key, m]));
  const later = new Map(after.measures.map((m) => [m.key, m]));
  const impacts: MeasureImpact[] = [];
  for (const measure of after.measures) {
    // A replacement is reported with the measure it replaces, and the draft's own amending or
    // extending paragraph with the measure it changes.
    if (!earlier.has(measure.key) && measure.replaces.length > 0 && !measure.partOf) continue;
    if (measure.partOf && measure.provision.documentKey === draft.key) continue;
    const previous = earlier.get(measure.key) ?? (measure.partOf ? earlier.get(measure.partOf) : undefined);
    // A review clause changes nothing: it is listed with the watched clauses, not here.
    const changes = measure.history.filter((entry) => entry.by.documentKey === draft.key && entry.action !== 'review');
    const imposers = imposedBy(measure, later);
    const impact: MeasureImpact = {
      category: previous ? classify(previous, measure, changes) : 'added',
      measure,
      after: measure.status,
      imposedBy: unique(imposers.length > 0 ? imposers : [measure.provision]),
      actedOnBy: unique(changes.map((change) => change.by)),
      changes,
    };
    if (previous) impact.before = previous.status;
    const successor = measure.replacedBy ? later.get(measure.replacedBy) : undefined;
    if (successor && measure.replacedBy && !earlier.has(measure.replacedBy)) impact.replacedBy = measure.replacedBy;
    const newWording = successor && impact.replacedBy ? successor.wording : measure.wording;
    if (previous && newWording.text !== previous.wording.text && !measure.partOf) {
      impact.wording = { before: previous.wording, after: newWording, redline: redline(previous.wording.text, newWording.text, draft.loaded.document.language) };
    }
    impacts.push(impact);
  }
  const rank = (category: ImpactCategory) => IMPACT_CATEGORIES.indexOf(category);
  return impacts.map((impact, i) => ({ impact, i })).sort((a, b) => rank(a.impact.category) - rank(b.impact.category) || a.i - b.i).map(({ impact }) => impact);
}

function committeeImpacts(before: RegimeState, after: RegimeState, draft: RegimeDocument): CommitteeImpact[] {
  const earlier = new Map(before.committees.map((c) => [c.key, c]));
  return after.committees.map((committee) => {
    const impact: CommitteeImpact = { committee, after: committee.status, changes: committee.history.filter((entry) => entry.by.documentKey === draft.key) };
    const previous = earlier.get(committee.key);
    if (previous) impact.before = previous.status;
    return impact;
  });
}

/**
 * What a draft would do to a regime: the regime is consolidated as of the draft's date (or
 * `asOf`), the draft's effects are applied as if it were adopted that day, and the two states
 * are compared measure by measure. A document already in the regime (assessing resolution 873
 * against the Haiti regime) is taken out of the "before" state.
 */
export function assessImpact(draft: LoadedDocument, regime: Regime, asOf?: AsOf | string): ImpactResult {
  const given = typeof asOf === 'string' ? parseAsOf(asOf) : asOf;
  if (typeof asOf === 'string' && !given) throw new RangeError(`"${asOf}" is not a date (YYYY-MM-DD) or an ISO date-time with a zone`);
  const own = documentDate(draft.document);
  const limit = given ?? (own ? parseAsOf(own) : undefined);
  if (!limit) {
    return { ok: false, diagnostics: [diagnostic(draft.file, draft.locate.key(['kind']), 'error', 'undated-draft', 'the draft has no date, so the regime it would change cannot be fixed', 'add `dates: { circulated: YYYY-MM-DD }`, or give the date to assess it on')] };
  }
  const date = limit.text.slice(0, 10);
  const document = regimeDocument(draft, date);
  // The regime as known on the draft's date: later resolutions are left out even where the
  // draft's own effects are compared at a later time.
  const others = regime.documents.filter((d) => d.key !== document.key && path.resolve(d.loaded.file) !== path.resolve(draft.file) && startOfDay(d.date) < Date.parse(limit.utc));

  const clauses = [...indexClauses(document).values()];
  // Changes that wait for a condition have no moment to compare at: they are listed as pending.
  const timings = clauses.flatMap(effectsOf).map((effect) => effectTiming(effect, date, Infinity));
  const latest = Math.max(...timings.filter((timing) => timing.hold === 'applies').map((timing) => timing.timed.instant));
  const comparedAt = latest >= Date.parse(limit.utc) ? asOfInstant(latest) : limit;

  const before = consolidate({ id: regime.id, documents: others }, comparedAt);
  const after = consolidate({ id: regime.id, documents: [...others, document].sort(compareDocuments) }, comparedAt);
  const measures = measureImpacts(before, after, document);
  const summary = Object.fromEntries(IMPACT_CATEGORIES.map((category) => [category, measures.filter((m) => m.category === category).length])) as Record<ImpactCategory, number>;
  const seen = new Set<string>();
  const diagnostics = [...before.diagnostics, ...after.diagnostics].filter((d) => {
    const key = JSON.stringify(d);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return {
    ok: true,
    report: {
      regime: regime.id,
      draft: summarise(document),
      asOf: limit,
      comparedAt,
      before,
      after,
      measures,
      grouped: groupImpacts({ measures }),
      acting: clauses.filter((clause) => effectsOf(clause).length > 0).map(({ clause, citation }): ActingClause => ({ by: citation, wording: wordingOf(clause) })),
      conditional: after.conditional.filter((change) => change.entry.by.documentKey === document.key),
      committees: committeeImpacts(before, after, document),
      watched: after.watched.filter((w) => w.by.documentKey === document.key),
      noEffect: clauses
        .filter((clause) => clause.ancestors.length === 0 && effectsOf(clause).length === 0)
        .map(({ clause, citation }) => ({ by: citation, wording: wordingOf(clause) })),
      summary,
      diagnostics,
    },
  };
}
