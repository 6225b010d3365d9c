import type { Acting } from './acting.js';
import type { EffectTargets } from './effect-targets.js';
import type { Ledger } from './ledger.js';
import { resolveEffectTargets } from './resolve-effect-targets.js';
import type { ConditionalChange } from './types.js';

/** An effect that a condition holds back at the limit: pending, or called off by an "unless". */
export interface HeldEffect extends Acting {
  status: ConditionalChange['status'];
}

/**
 * Records, once every effect that took hold is applied, the changes conditions held back: each on
 * the measures and committees it would act on (never applied, so no piece is split off), and as
 * the state's list of conditional changes.
 */
export function holdBack(held: readonly HeldEffect[], ledger: Ledger, targets: EffectTargets): ConditionalChange[] {
  return held.map((h): ConditionalChange => {
    const change: ConditionalChange = { status: h.status, entry: h.entry, measures: [], committees: [] };
    const resolved = resolveEffectTargets(h, ledger, targets, 'held');
    if (resolved.kind === 'committees') change.committees.push(...resolved.keys);
    else change.measures.push(...resolved.targets.map((t) => t.key));
    for (const key of [...change.measures, ...change.committees]) ledger.hold(key, h.entry, h.status);
    return change;
  });
}
