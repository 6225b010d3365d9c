import type { EffectTargets } from './effect-targets.js';
import type { Ledger } from './ledger.js';
import { wordingOf } from './provision.js';
import { registerDocument } from './register-document.js';
import type { RegimeIndex } from './regime-index.js';
import { resolveEffectTargets } from './resolve-effect-targets.js';
import type { EffectStep, Step } from './schedule.js';
import type { ProvenanceEntry, WatchedClause } from './types.js';

/** What applying the steps works on: the ledger of measures and committees, and the clauses that watch them. */
export interface Consolidation {
  index: RegimeIndex;
  ledger: Ledger;
  targets: EffectTargets;
  /** The as-of limit, as an instant: effects at or after it are recorded as scheduled. */
  limit: number;
  watched: WatchedClause[];
}

/** A review clause, watched over the measures it acts on. */
function watchedClause(step: EffectStep, measures: string[]): WatchedClause {
  const clause: WatchedClause = { by: step.entry.by, at: step.entry.at, wording: wordingOf(step.clause.clause), measures };
  if (step.entry.condition !== undefined) clause.condition = step.entry.condition;
  if (step.entry.awaits !== undefined) clause.awaits = step.entry.awaits;
  if (step.entry.status) clause.status = step.entry.status;
  return clause;
}

/** Applies an effect to what it acts on, or schedules it there when it takes hold after the limit. */
function applyEffect(step: EffectStep, on: Consolidation): void {
  const { ledger } = on;
  const scheduled = step.instant >= on.limit;
  const resolved = resolveEffectTargets(step, ledger, on.targets, scheduled ? 'scheduled' : 'applies');
  if (resolved.kind === 'committees') {
    for (const key of resolved.keys) {
      if (scheduled) ledger.schedule(key, step.entry);
      else ledger.committees.apply(key, step);
    }
    return;
  }
  for (const { key, reach } of resolved.targets) {
    if (scheduled) ledger.schedule(key, step.entry);
    else if (step.effect.action === 'replace') {
      if (ledger.replace(key, step)) step.applied.push(key);
    } else if (ledger.apply(key, step, reach)) {
      step.applied.push(key);
      if (step.effect.action === 'amend' || step.effect.action === 'extend') ledger.splitPart(key, step.document, step.clause, step.effect.measures, step.entry.at);
    }
  }
  if (step.effect.action === 'review' && !scheduled) on.watched.push(watchedClause(step, resolved.targets.map((t) => t.key)));
}

/** Undoes, when an effect's `until` date passes before the limit, what it did to the measures it was applied to. */
function lapse(step: EffectStep, instant: number, on: Consolidation): void {
  if (instant >= on.limit) return;
  const at = new Date(instant).toISOString();
  const entry: ProvenanceEntry = { ...step.entry, action: 'expire', at: { utc: at, date: at.slice(0, 10), onAdoption: false } };
  delete entry.wording;
  delete entry.condition;
  for (const key of step.applied) on.ledger.lapse(key, step.effect, entry);
}

/** Applies one step of the schedule to the consolidation. */
export function applyStep(step: Step, on: Consolidation): void {
  if (step.kind === 'register') registerDocument(on.ledger, on.index, step.document);
  else if (step.kind === 'effect') applyEffect(step, on);
  else lapse(step.step, step.instant, on);
}
