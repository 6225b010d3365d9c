import type { Effect } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';
import type { EffectChange, MeasureChange } from './types.js';

/** JSON with object keys sorted, so that equal data gives equal text whatever the key order in the file. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

/** What an effect does to what: two effects with the same action on the same target are versions of one effect. */
const identity = (effect: Effect) => canonical([effect.action, effect.target ?? null]);

/**
 * Effects added, removed, or changed (same action on the same target, with a different date,
 * condition, direction, measures or status), in the order of the new paragraph, then removals.
 */
export function diffEffects(olds: readonly Effect[] = [], news: readonly Effect[] = []): EffectChange[] {
  const unmatched = new Map<string, Effect[]>();
  for (const effect of olds) {
    const key = identity(effect);
    unmatched.set(key, [...(unmatched.get(key) ?? []), effect]);
  }
  const changes: EffectChange[] = [];
  for (const effect of news) {
    const old = unmatched.get(identity(effect))?.shift();
    if (!old) changes.push({ kind: 'added', new: effect });
    else if (canonical(old) !== canonical(effect)) changes.push({ kind: 'changed', old, new: effect });
  }
  for (const rest of unmatched.values()) for (const effect of rest) changes.push({ kind: 'removed', old: effect });
  return changes;
}

/** Measure codes added to and removed from a paragraph; undefined when the same. */
export function diffMeasures(olds: readonly MeasureCode[] = [], news: readonly MeasureCode[] = []): MeasureChange | undefined {
  const added = news.filter((code) => !olds.includes(code));
  const removed = olds.filter((code) => !news.includes(code));
  return added.length > 0 || removed.length > 0 ? { added, removed } : undefined;
}
