import type { Effect } from '../model/document.js';
import type { Acting } from './acting.js';
import { effectTiming } from './conditions.js';
import type { HeldEffect } from './hold-back.js';
import type { Ledger } from './ledger.js';
import { endOfDay, startOfDay } from './moment.js';
import { effectsOf, wordingOf, type IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';
import type { RegimeIndex } from './regime-index.js';
import type { Moment, ProvenanceEntry } from './types.js';

/** An effect that takes hold at `instant` (at or after the limit: it is recorded as scheduled). */
export interface EffectStep extends Acting {
  kind: 'effect';
  instant: number;
  /** Measures the effect was applied to, for its `until` date to undo. */
  applied: string[];
}

/** One thing that happens to the regime at an instant: a document adopted, an effect taking hold, an effect's `until` passing. */
export type Step =
  | { kind: 'register'; instant: number; document: RegimeDocument }
  | EffectStep
  | { kind: 'lapse'; instant: number; step: EffectStep };

/** The steps in the order they happen, and the effects that conditions hold back. */
export interface Schedule {
  steps: Step[];
  held: HeldEffect[];
}

/** Actions whose provenance keeps the acting clause's words (the words are what changes). */
const WORDED = new Set<Effect['action']>(['amend', 'extend', 'exempt', 'replace', 'committee-mandate', 'review']);

/** On one instant: what lapses first, then adoptions, then effects. */
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

/** Sort key of a step: instant, rank, then document, clause and effect order. */
function orderOf(step: Step, index: RegimeIndex): number[] {
  const source = step.kind === 'lapse' ? step.step : step;
  return [step.instant, RANK[step.kind], index.position(source.document), source.kind === 'effect' ? source.clause.position : -1, source.kind === 'effect' ? source.effectIndex : -1];
}

function compareOrders(a: number[], b: number[]): number {
  return a.reduce((found, value, i) => found || value - b[i]!, 0);
}

/**
 * Every step of the documents adopted before `limit`, in the order they happen (dates, times and
 * zones compared as instants), and the effects conditions hold back. Problems with an effect's
 * timing are reported to the ledger at the effect.
 */
export function scheduleEffects(documents: readonly RegimeDocument[], index: RegimeIndex, ledger: Ledger, limit: number): Schedule {
  const steps: Step[] = [];
  const held: HeldEffect[] = [];
  for (const document of documents) {
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
  const keyed = steps.map((step) => ({ step, order: orderOf(step, index) }));
  keyed.sort((a, b) => compareOrders(a.order, b.order));
  return { steps: keyed.map(({ step }) => step), held };
}
