import { compareDiagnostics } from '../load/diagnostic.js';
import { applyStep } from './apply-step.js';
import { EffectTargets } from './effect-targets.js';
import { holdBack } from './hold-back.js';
import { Ledger } from './ledger.js';
import type { Regime } from './load-regime.js';
import { parseAsOf, startOfDay } from './moment.js';
import { documentInfo } from './regime-document.js';
import { RegimeIndex } from './regime-index.js';
import { scheduleEffects } from './schedule.js';
import type { AsOf, RegimeState, WatchedClause } from './types.js';

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

  const { steps, held } = scheduleEffects(included, index, ledger, limit);
  const consolidation = { index, ledger, targets: effectTargets, limit, watched };
  for (const step of steps) applyStep(step, consolidation);
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
