import type { ClauseChange } from '../../../diff/types.js';
import { longestIncreasingSubsequence } from '../../../diff/longest-increasing-subsequence.js';
import type { Unit } from './units.js';

/**
 * One step of the comparison document: a unit in both texts (with the change that pairs them,
 * if any), or in one text only. Units in one text only that are the two ends of a move share
 * the move's number.
 */
export type MergedUnit = { in: 'both'; old: Unit; new: Unit; change?: ClauseChange } | { in: 'old' | 'new'; unit: Unit; move?: number; change?: ClauseChange };

/** Moves are numbered across the whole document, each from 1. */
export class MoveCounter {
  private count = 0;
  next(): number {
    return ++this.count;
  }
}

function wholesale(oldUnits: readonly Unit[], newUnits: readonly Unit[]): MergedUnit[] {
  return [...oldUnits.map((unit): MergedUnit => ({ in: 'old', unit })), ...newUnits.map((unit): MergedUnit => ({ in: 'new', unit }))];
}

/**
 * Merges the sibling units of the two texts (paragraphs, or one paragraph's subparagraphs) into
 * one sequence, following the diff: a clause kept in place is one step; added, deleted, split and
 * merged clauses are steps of one text; a moved clause is a step of the old text where it was and
 * of the new one where it is. The steps of each text come in that text's order, by construction:
 * the new text's as the diff lists them, the old text's each placed right after the one before it.
 * Where the diff's clauses cannot all be found among the units, the old units are shown deleted
 * and the new ones inserted: never a wrong text either way.
 */
export function mergeUnits(oldUnits: readonly Unit[], newUnits: readonly Unit[], changes: readonly ClauseChange[] | undefined, moves: MoveCounter): MergedUnit[] {
  if (changes === undefined) {
    return oldUnits.length === newUnits.length ? oldUnits.map((unit, i): MergedUnit => ({ in: 'both', old: unit, new: newUnits[i]! })) : wholesale(oldUnits, newUnits);
  }
  const oldById = new Map(oldUnits.map((unit, i) => [unit.id, i]));
  const newById = new Map(newUnits.map((unit, i) => [unit.id, i]));
  const steps: MergedUnit[] = [];
  const oldOnly: Array<{ index: number; move?: number }> = [];
  const keptOld: number[] = [];
  const seenOld = new Set<number>();
  const seenNew = new Set<number>();
  for (const change of changes) {
    const olds = change.old.map((side) => oldById.get(side.id));
    const news = change.new.map((side) => newById.get(side.id));
    if ([...olds, ...news].some((i) => i === undefined)) return wholesale(oldUnits, newUnits);
    olds.forEach((i) => seenOld.add(i!));
    news.forEach((i) => seenNew.add(i!));
    const paired = olds.length === 1 && news.length === 1;
    if (paired && change.kind !== 'moved' && change.kind !== 'split' && change.kind !== 'merged') {
      steps.push({ in: 'both', old: oldUnits[olds[0]!]!, new: newUnits[news[0]!]!, change });
      continue;
    }
    const move = paired && change.kind === 'moved' ? moves.next() : undefined;
    for (const i of olds) oldOnly.push(move === undefined ? { index: i! } : { index: i!, move });
    // The new side of a move, split or merge carries the change, for a comment saying where it comes from.
    const explained = change.kind === 'moved' || change.kind === 'split' || change.kind === 'merged' ? { change } : {};
    for (const i of news) steps.push(move === undefined ? { in: 'new', unit: newUnits[i!]!, ...explained } : { in: 'new', unit: newUnits[i!]!, move, ...explained });
  }
  if (seenOld.size !== oldUnits.length || seenNew.size !== newUnits.length) return wholesale(oldUnits, newUnits);
  // The diff lists preambular paragraphs before operative ones; in a text divided into parts the layout interleaves them.
  const newIndex = new Map(newUnits.map((unit, i) => [unit, i]));
  steps.sort((a, b) => newIndex.get(a.in === 'both' ? a.new : (a as { unit: Unit }).unit)! - newIndex.get(b.in === 'both' ? b.new : (b as { unit: Unit }).unit)!);
  const oldIndex = new Map(oldUnits.map((unit, i) => [unit, i]));
  for (const step of steps) if (step.in === 'both') keptOld.push(oldIndex.get(step.old)!);
  // A kept clause out of the old order (which the diff calls moved) is shown moved, so that each text keeps its order.
  const flags = longestIncreasingSubsequence(keptOld);
  const inOrder = new Set(keptOld.filter((_, k) => flags[k] === 1));
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.in !== 'both' || inOrder.has(oldIndex.get(step.old)!)) continue;
    const move = moves.next();
    steps[s] = { in: 'new', unit: step.new, move };
    oldOnly.push({ index: oldIndex.get(step.old)!, move });
  }
  // Each clause of the old text only goes right after the clause before it in the old text.
  const placeOf = new Map<Unit, number>();
  const place = () => steps.forEach((step, s) => placeOf.set(step.in === 'both' ? step.old : step.unit, s));
  const byIndex = new Map(oldOnly.map((entry) => [entry.index, entry]));
  for (let i = 0; i < oldUnits.length; i++) {
    const entry = byIndex.get(i);
    if (!entry) continue;
    place();
    const at = i === 0 ? 0 : placeOf.get(oldUnits[i - 1]!)! + 1;
    steps.splice(at, 0, entry.move === undefined ? { in: 'old', unit: oldUnits[i]! } : { in: 'old', unit: oldUnits[i]!, move: entry.move });
  }
  return steps;
}
