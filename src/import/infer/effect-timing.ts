import type { Effective } from '../../model/document.js';
import { conditionPrecedent } from './awaits.js';
import { readEffective } from './effective.js';

/**
 * When the effect whose verb stands at `verbAt` takes hold: what `readEffective` reads in the
 * words, and a condition precedent (`awaits`) where the change waits for a future act or finding.
 */
export function effectTiming(text: string, verbAt: number): Effective | undefined {
  const effective: Effective = { ...readEffective(text) };
  const awaits = conditionPrecedent(text, verbAt);
  if (awaits !== undefined) {
    effective.awaits = awaits;
    // "shall come into force immediately" once the condition is met: immediately after it, not on adoption.
    delete effective.immediately;
  }
  return Object.keys(effective).length > 0 ? effective : undefined;
}
