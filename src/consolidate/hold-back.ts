import type { Effect } from '../model/document.js';
import { COMMITTEE_ACTIONS, type EffectTargets } from './effect-targets.js';
import type { Ledger } from './ledger.js';
import { clauseKey } from './clause-key.js';
import type { IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';
import type { ConditionalChange, ProvenanceEntry } from './types.js';

/** An effect that a condition holds back at the limit: pending, or called off by an "unless". */
export interface HeldEffect {
  status: ConditionalChange['status'];
  document: RegimeDocument;
  clause: IndexedClause;
  effect: Effect;
  effectIndex: number;
  entry: ProvenanceEntry;
}

/** The measure a clause imposing itself holds, where it is one (a call is not). */
function ownMeasure(ledger: Ledger, held: HeldEffect): string[] {
  const key = clauseKey(held.document, held.clause);
  return ledger.measure(key) ? [key] : [];
}

/**
 * Records, once every effect that took hold is applied, the changes conditions held back: each on
 * the measures and committees it would act on (never applied, so no piece is split off), and as
 * the state's list of conditional changes.
 */
export function holdBack(held: readonly HeldEffect[], ledger: Ledger, targets: EffectTargets): ConditionalChange[] {
  return held.map((h): ConditionalChange => {
    const acting = { document: h.document, clause: h.clause, effect: h.effect, effectIndex: h.effectIndex };
    const change: ConditionalChange = { status: h.status, entry: h.entry, measures: [], committees: [] };
    if (h.effect.action === 'establish-committee') change.committees.push(ledger.registerCommittee(h.document, h.clause));
    else if (COMMITTEE_ACTIONS.has(h.effect.action)) change.committees.push(...targets.committees(acting));
    else if (h.effect.action === 'impose' && !h.effect.target) change.measures.push(...ownMeasure(ledger, h));
    else if (h.effect.action === 'continue' && !h.effect.target) change.measures.push(...targets.continuing(acting, true).map((t) => t.key));
    else change.measures.push(...targets.measures(acting, { split: false }).map((t) => t.key));
    for (const key of [...change.measures, ...change.committees]) ledger.hold(key, h.entry, h.status);
    return change;
  });
}
