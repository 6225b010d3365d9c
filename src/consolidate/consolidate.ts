import { compareDiagnostics } from '../load/diagnostic.js';
import type { Effect } from '../model/document.js';
import { Ledger, type Acting, type Reach } from './ledger.js';
import type { Regime } from './load-regime.js';
import { callOpening } from './call-opening.js';
import { effectTiming } from './conditions.js';
import { endOfDay, momentOf, parseAsOf, startOfDay } from './moment.js';
import { describeProvision } from './describe.js';
import { ownMeasures, wordingOf, type IndexedClause } from './provision.js';
import { documentInfo, type RegimeDocument } from './regime-document.js';
import { RegimeIndex, type TargetScope } from './regime-index.js';
import type { AsOf, ConditionalChange, Moment, ProvenanceEntry, RegimeState, WatchedClause } from './types.js';

/** Actions whose provenance keeps the acting clause's words (the words are what changes). */
const WORDED = new Set<Effect['action']>(['amend', 'extend', 'exempt', 'replace', 'committee-mandate', 'review']);
const COMMITTEE_ACTIONS = new Set<Effect['action']>(['committee-mandate', 'dissolve-committee']);

/** An effect that a condition holds back at the limit: pending, or called off by an "unless". */
interface HeldEffect {
  status: ConditionalChange['status'];
  document: RegimeDocument;
  clause: IndexedClause;
  effect: Effect;
  effectIndex: number;
  entry: ProvenanceEntry;
}

interface EffectStep {
  kind: 'effect';
  instant: number;
  document: RegimeDocument;
  clause: IndexedClause;
  effect: Effect;
  effectIndex: number;
  entry: ProvenanceEntry;
  /** Measures the effect was applied to, for its `until` date to undo. */
  applied: string[];
}

type Step =
  | { kind: 'register'; instant: number; document: RegimeDocument }
  | EffectStep
  | { kind: 'lapse'; instant: number; step: EffectStep };

const RANK: Record<Step['kind'], number> = { lapse: 0, register: 1, effect: 2 };

function provenance(clause: IndexedClause, effect: Effect, at: Moment): ProvenanceEntry {
  const entry: ProvenanceEntry = { action: effect.action, by: clause.citation, at };
  const effective = effect.effective ?? {};
  if (effective.condition !== undefined) entry.condition = effective.condition;
  if (effective.awaits !== undefined) entry.awaits = effective.awaits;
  if (effective.met !== undefined) entry.met = effective.met;
  if (effective.after !== undefined) entry.after = effective.after;
  if (effective.until !== undefined) entry.until = effective.until;
  if (effect.direction) entry.direction = effect.direction;
  if (effect.measures) entry.measures = effect.measures;
  if (effect.status) entry.status = effect.status;
  if (effect.inferred) entry.inferred = true;
  if (effect.note !== undefined) entry.note = effect.note;
  if (WORDED.has(effect.action)) entry.wording = wordingOf(clause.clause);
  return entry;
}

/** Whether a target names what it acts on: a resolution, paragraphs or clauses, or (for committee actions) the present document's committee. */
function namesSomething(target: NonNullable<Effect['target']>, committeeAction: boolean): boolean {
  return target.resolution !== undefined || Boolean(target.resolutions?.length) || Boolean(target.paragraphs?.length) || Boolean(target.clauses?.length) || (committeeAction && target.committee === true);
}

function effectsOf(clause: IndexedClause): Effect[] {
  return 'effects' in clause.clause ? (clause.clause.effects ?? []) : [];
}

/**
 * Applies every effect declared by the regime's documents in the order they take hold (dates,
 * times and zones compared as instants), up to the as-of limit, and returns the regime as it
 * then stands. Conditions are recorded with the effects they qualify, never evaluated. Problems
 * in the files (dangling references, effects on ended measures, same-day conflicts, circular
 * replacements) are returned as diagnostics; they never stop the consolidation.
 */
export function consolidate(regime: Regime, asOf: AsOf | string): RegimeState {
  const limitOf = typeof asOf === 'string' ? parseAsOf(asOf) : asOf;
  if (!limitOf) throw new RangeError(`"${String(asOf)}" is not a date (YYYY-MM-DD) or an ISO date-time with a zone`);
  const limit = Date.parse(limitOf.utc);
  const included = regime.documents.filter((document) => startOfDay(document.date) < limit);
  const index = new RegimeIndex(included);
  const ledger = new Ledger(index);
  const watched: WatchedClause[] = [];
  const held: HeldEffect[] = [];

  const steps: Step[] = [];
  for (const document of included) {
    steps.push({ kind: 'register', instant: startOfDay(document.date), document });
    for (const clause of index.clausesOf(document).values()) {
      for (const [effectIndex, effect] of effectsOf(clause).entries()) {
        const { hold, timed, problems } = effectTiming(effect, document.date, limit);
        const acting = { document, clause, effectIndex };
        for (const problem of problems) ledger.report(acting, problem.severity, problem.code, problem.message, problem.hint, problem.at);
        if (timed.unknownZone !== undefined) {
          ledger.report(acting, 'warning', 'unknown-time-zone', `the time zone "${timed.unknownZone}" is not known to bluedraft, so the time is read as UTC`, 'write the zone as an abbreviation (EST, CET, UTC) or an offset ("UTC-5")', false);
        }
        const entry = provenance(clause, effect, timed.moment);
        if (hold !== 'applies') {
          held.push({ status: hold, document, clause, effect, effectIndex, entry });
          continue;
        }
        const step: EffectStep = { kind: 'effect', instant: timed.instant, document, clause, effect, effectIndex, entry, applied: [] };
        steps.push(step);
        if (effect.effective?.until !== undefined) steps.push({ kind: 'lapse', instant: endOfDay(effect.effective.until), step });
      }
    }
  }
  const order = (step: Step): number[] => {
    const source = step.kind === 'lapse' ? step.step : step;
    return [step.instant, RANK[step.kind], index.position(source.document), source.kind === 'effect' ? source.clause.position : -1, source.kind === 'effect' ? source.effectIndex : -1];
  };
  const compare = (a: number[], b: number[]) => a.reduce((found, value, i) => found || value - b[i]!, 0);
  steps.sort((a, b) => compare(order(a), order(b)));

  /** The opening words of a clause that binds no one ("Calls upon"): such a clause is a call, never a measure. */
  const callOf = (document: RegimeDocument, clause: IndexedClause) => callOpening(clause, index.clausesOf(document), document.loaded.document.language);

  const register = (document: RegimeDocument) => {
    const since = momentOf(undefined, document.date).moment;
    for (const clause of index.clausesOf(document).values()) {
      for (const effect of effectsOf(clause)) {
        if (effect.action === 'establish-committee') ledger.registerCommittee(document, clause);
        if (effect.action !== 'impose') continue;
        if (!effect.target) {
          // A call that declares itself a measure ("Calls upon Member States … to halt inbound maritime shipping") is listed as a call.
          const call = callOf(document, clause);
          if (call === undefined) ledger.register(document, clause, ownMeasures(clause) ?? effect.measures ?? [], since);
          else ledger.registerCall(document, clause, call, clause);
          continue;
        }
        for (const scope of index.resolve(effect.target, document).scopes) {
          const targets = scope.clauses ?? [];
          for (const target of targets) {
            // A range of paragraphs brought into force ("paragraphs 5 to 14") may hold calls and requests: those are no measures.
            const call = callOf(scope.document, target);
            if (call !== undefined) {
              ledger.registerCall(scope.document, target, call, clause);
              continue;
            }
            // An effect's list names what its target is only where it has one target.
            const key = ledger.register(scope.document, target, ownMeasures(target) ?? (targets.length === 1 ? effect.measures : undefined) ?? [], since);
            ledger.imposes(`${document.key}#${clause.clause.id}`, key);
          }
        }
      }
    }
  };

  /** The documents and clauses an effect's target designates; each problem is reported. */
  const scopesFor = (acting: Omit<Acting, 'entry'>, hint: string): TargetScope[] => {
    const { effect, document } = acting;
    if (!effect.target) {
      ledger.report(acting, 'error', 'missing-target', `this ${effect.action} effect has no target, so it is not applied`, hint, false);
      return [];
    }
    // A target that names nothing (only its words, or a committee of no document) is no licence to act on the whole present resolution.
    if (!namesSomething(effect.target, COMMITTEE_ACTIONS.has(effect.action))) {
      ledger.report(acting, 'error', 'missing-target', `the target of this ${effect.action} effect names no resolution, paragraph or clause${effect.target.text ? ` (only the words "${effect.target.text}")` : ''}, so it is not applied`, hint);
      return [];
    }
    const resolved = index.resolve(effect.target, document);
    for (const problem of resolved.problems) {
      if (problem.kind === 'unknown-resolution') {
        ledger.report(acting, 'warning', 'unknown-resolution', `resolution ${problem.resolution} is not part of the ${regime.id} regime here (adopted by then), so this ${effect.action} effect cannot act on it`, `add resolution ${problem.resolution} with \`regime: ${regime.id}\`, or correct the citation`);
      } else if (problem.kind === 'missing') {
        ledger.report(acting, 'error', 'dangling-target', `this ${effect.action} effect points to ${problem.what} of ${problem.document.label}, which does not exist`, 'correct the paragraph number or clause id');
      } else {
        ledger.report(acting, 'error', 'invalid-format', `"${problem.entry}" is not a paragraph or range`, 'write "5", "5-9" or "8(a)(iii)"');
      }
    }
    return resolved.scopes;
  };

  /** The measures an effect acts on, each with whether it was named or only covered collectively. */
  const measuresFor = (acting: Omit<Acting, 'entry'>, options: { split: boolean } = { split: true }): Array<{ key: string; reach: Reach }> => {
    const { effect } = acting;
    const found: Array<{ key: string; reach: Reach }> = [];
    for (const scope of scopesFor(acting, 'add `target:` with the resolution and paragraphs it acts on')) {
      if (!scope.clauses) {
        const keys = ledger.measuresOf(scope.document);
        if (keys.length === 0 && !effect.target?.resolutions) ledger.report(acting, 'warning', 'no-measures', `${scope.document.label} imposes no measure, so this ${effect.action} effect has nothing to act on`, 'check the target, or declare the measures of that resolution');
        found.push(...keys.map((key) => ({ key, reach: 'collective' as const })));
        continue;
      }
      for (const clause of scope.clauses) {
        // A call is never a measure: an effect on a range that holds one ("paragraphs 5 to 9") passes over it.
        if (ledger.isCall(scope.document, clause)) continue;
        const { keys, enclosing } = ledger.measuresAt(scope.document, clause);
        if (keys.length > 0) found.push(...keys.map((key) => ({ key, reach: 'named' as const })));
        else if (enclosing) found.push({ key: options.split ? ledger.splitPart(enclosing, scope.document, clause, effect.measures) : enclosing, reach: 'named' });
        else ledger.report(acting, 'warning', 'not-a-measure', `${describeProvision(clause.citation)} imposes no measure (no \`impose\` effect declares it), so this ${effect.action} effect has nothing to act on`, 'add an `impose` effect to the provision, or correct the target');
      }
    }
    return found.filter((item, i) => found.findIndex((other) => other.key === item.key) === i);
  };

  const committeesFor = (acting: Omit<Acting, 'entry'>): string[] => {
    const keys: string[] = [];
    for (const scope of scopesFor(acting, 'add `target:` with the resolution (and paragraph) that established the committee')) {
      for (const clause of scope.clauses ?? [undefined]) {
        const found = ledger.committeesAt(scope.document, clause);
        if (found.length === 0) {
          const where = clause ? describeProvision(clause.citation) : scope.document.label;
          ledger.report(acting, 'error', 'no-committee', `${where} establishes no committee (no \`establish-committee\` effect), so this ${acting.effect.action} effect has nothing to act on`, 'point the target at the paragraph that established the committee');
        }
        keys.push(...found);
      }
    }
    return keys;
  };

  /** A continuation that cites no provision goes on with the measures in force it names by code; never a new measure. */
  const continuing = (acting: Omit<Acting, 'entry'>, scheduled: boolean): Array<{ key: string; reach: Reach }> => {
    const codes = acting.effect.measures ?? [];
    if (codes.length === 0) {
      ledger.report(acting, 'warning', 'nothing-to-continue', 'this continue effect names no target and no measures, so it cannot be matched with a measure in force', 'add `target:` with the resolution and paragraphs that go on, or `measures:` with their codes', false);
      return [];
    }
    const keys = ledger.continuing(codes);
    if (keys.length === 0 && !scheduled) ledger.report(acting, 'warning', 'nothing-to-continue', `no measure in force is ${codes.join(', ')}, so there is nothing for this continue effect to go on with; it adds no measure`, 'add `target:` with the provision that goes on, or check the codes in `measures:`', false);
    return keys.map((key) => ({ key, reach: 'named' as const }));
  };

  const applyEffect = (step: EffectStep) => {
    const acting: Acting = { document: step.document, clause: step.clause, effect: step.effect, effectIndex: step.effectIndex, entry: step.entry };
    const { effect } = step;
    const scheduled = step.instant >= limit;
    if (effect.action === 'establish-committee') {
      const key = ledger.registerCommittee(step.document, step.clause);
      if (scheduled) ledger.schedule(key, step.entry);
      else ledger.applyToCommittee(key, acting);
      return;
    }
    if (COMMITTEE_ACTIONS.has(effect.action)) {
      for (const key of committeesFor(acting)) {
        if (scheduled) ledger.schedule(key, step.entry);
        else ledger.applyToCommittee(key, acting);
      }
      return;
    }
    let targets: Array<{ key: string; reach: Reach }>;
    if (effect.action === 'impose' && !effect.target) {
      const key = `${step.document.key}#${step.clause.clause.id}`;
      // Where another clause of the document sets the provision's entry into force, that clause decides when.
      targets = ledger.broughtIntoForce(key) || !ledger.measure(key) ? [] : [{ key, reach: 'named' }];
    } else if (effect.action === 'continue' && !effect.target) {
      targets = continuing(acting, scheduled);
    } else {
      targets = measuresFor(acting);
    }
    for (const { key, reach } of targets) {
      if (scheduled) ledger.schedule(key, step.entry);
      else if (effect.action === 'replace') {
        if (ledger.replace(key, acting)) step.applied.push(key);
      } else if (ledger.apply(key, acting, reach)) {
        step.applied.push(key);
        if (effect.action === 'amend' || effect.action === 'extend') ledger.splitPart(key, step.document, step.clause, effect.measures, step.entry.at);
      }
    }
    if (effect.action === 'review' && !scheduled) {
      const clause: WatchedClause = { by: step.entry.by, at: step.entry.at, wording: wordingOf(step.clause.clause), measures: targets.map((t) => t.key) };
      if (step.entry.condition !== undefined) clause.condition = step.entry.condition;
      if (step.entry.awaits !== undefined) clause.awaits = step.entry.awaits;
      if (step.entry.status) clause.status = step.entry.status;
      watched.push(clause);
    }
  };

  for (const step of steps) {
    if (step.kind === 'register') register(step.document);
    else if (step.kind === 'effect') applyEffect(step);
    else if (step.instant < limit) {
      const at = new Date(step.instant).toISOString();
      const entry: ProvenanceEntry = { ...step.step.entry, action: 'expire', at: { utc: at, date: at.slice(0, 10), onAdoption: false } };
      delete entry.wording;
      delete entry.condition;
      for (const key of step.step.applied) ledger.lapse(key, step.step.effect, entry);
    }
  }

  const conditional = held.map((h): ConditionalChange => {
    const acting = { document: h.document, clause: h.clause, effect: h.effect, effectIndex: h.effectIndex };
    const change: ConditionalChange = { status: h.status, entry: h.entry, measures: [], committees: [] };
    if (h.effect.action === 'establish-committee') change.committees.push(ledger.registerCommittee(h.document, h.clause));
    else if (COMMITTEE_ACTIONS.has(h.effect.action)) change.committees.push(...committeesFor(acting));
    else if (h.effect.action === 'impose' && !h.effect.target) change.measures.push(...(ledger.measure(`${h.document.key}#${h.clause.clause.id}`) ? [`${h.document.key}#${h.clause.clause.id}`] : []));
    else if (h.effect.action === 'continue' && !h.effect.target) change.measures.push(...continuing(acting, true).map((t) => t.key));
    else change.measures.push(...measuresFor(acting, { split: false }).map((t) => t.key));
    for (const key of [...change.measures, ...change.committees]) ledger.hold(key, h.entry, h.status);
    return change;
  });

  const { measures, committees, calls } = ledger.finish();
  const includedSet = new Set(included);
  return {
    regime: regime.id,
    asOf: limitOf,
    documents: regime.documents.map((document) => documentInfo(document, includedSet.has(document))),
    measures,
    committees,
    watched,
    conditional,
    calls,
    diagnostics: ledger.diagnostics.sort(compareDiagnostics),
  };
}
