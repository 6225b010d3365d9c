import { compareDiagnostics } from '../load/diagnostic.js';
import type { Effect } from '../model/document.js';
import { effectTiming } from './conditions.js';
import { COMMITTEE_ACTIONS, EffectTargets, type TargetMeasure } from './effect-targets.js';
import { holdBack, type HeldEffect } from './hold-back.js';
import { Ledger, type Acting } from './ledger.js';
import type { Regime } from './load-regime.js';
import { endOfDay, parseAsOf, startOfDay } from './moment.js';
import { effectsOf, wordingOf, type IndexedClause } from './provision.js';
import { clauseKey } from './clause-key.js';
import { registerDocument } from './register-document.js';
import { documentInfo, type RegimeDocument } from './regime-document.js';
import { RegimeIndex } from './regime-index.js';
import type { AsOf, Moment, ProvenanceEntry, RegimeState, WatchedClause } from './types.js';

/** Actions whose provenance keeps the acting clause's words (the words are what changes). */
const WORDED = new Set<Effect['action']>(['amend', 'extend', 'exempt', 'replace', 'committee-mandate', 'review']);

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
  const effectTargets = new EffectTargets(ledger, index, regime.id);
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
      for (const key of effectTargets.committees(acting)) {
        if (scheduled) ledger.schedule(key, step.entry);
        else ledger.applyToCommittee(key, acting);
      }
      return;
    }
    let targets: TargetMeasure[];
    if (effect.action === 'impose' && !effect.target) {
      const key = clauseKey(step.document, step.clause);
      // Where another clause of the document sets the provision's entry into force, that clause decides when.
      targets = ledger.broughtIntoForce(key) || !ledger.measure(key) ? [] : [{ key, reach: 'named' }];
    } else if (effect.action === 'continue' && !effect.target) {
      targets = effectTargets.continuing(acting, scheduled);
    } else {
      targets = effectTargets.measures(acting);
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
    if (step.kind === 'register') registerDocument(ledger, index, step.document);
    else if (step.kind === 'effect') applyEffect(step);
    else if (step.instant < limit) {
      const at = new Date(step.instant).toISOString();
      const entry: ProvenanceEntry = { ...step.step.entry, action: 'expire', at: { utc: at, date: at.slice(0, 10), onAdoption: false } };
      delete entry.wording;
      delete entry.condition;
      for (const key of step.step.applied) ledger.lapse(key, step.step.effect, entry);
    }
  }

  const conditional = holdBack(held, ledger, effectTargets);

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
