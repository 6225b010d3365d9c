import type { ActingEffect } from './acting.js';
import { clauseKey } from './clause-key.js';
import { COMMITTEE_ACTIONS, type EffectTargets, type TargetMeasure } from './effect-targets.js';
import type { Ledger } from './ledger.js';

/** What an effect acts on: committees (by key), or measures with how its target reaches them. */
export type ResolvedEffectTargets = { kind: 'committees'; keys: string[] } | { kind: 'measures'; targets: TargetMeasure[] };

/** How the effect stands at the limit: taking hold, scheduled for later, or held back by a condition (never applied, so no piece is split off). */
export type EffectTiming = 'applies' | 'scheduled' | 'held';

/**
 * The committees or measures an effect acts on as the consolidation stands. An establishing
 * clause registers its committee; a clause imposing itself acts on the measure it holds, unless
 * another clause of its document brings it into force (that clause decides when).
 */
export function resolveEffectTargets(acting: ActingEffect, ledger: Ledger, targets: EffectTargets, timing: EffectTiming): ResolvedEffectTargets {
  const { effect } = acting;
  if (effect.action === 'establish-committee') return { kind: 'committees', keys: [ledger.committees.register(acting.document, acting.clause)] };
  if (COMMITTEE_ACTIONS.has(effect.action)) return { kind: 'committees', keys: targets.committees(acting) };
  if (effect.action === 'impose' && !effect.target) {
    const key = clauseKey(acting.document, acting.clause);
    const own = ledger.measure(key) !== undefined && (timing === 'held' || !ledger.broughtIntoForce(key));
    return { kind: 'measures', targets: own ? [{ key, reach: 'named' }] : [] };
  }
  if (effect.action === 'continue' && !effect.target) return { kind: 'measures', targets: targets.continuing(acting, timing !== 'applies') };
  return { kind: 'measures', targets: timing === 'held' ? targets.measures(acting, { split: false }) : targets.measures(acting) };
}
