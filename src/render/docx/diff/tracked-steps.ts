import type { Redline, ResolutionDiff } from '../../../diff/types.js';
import { statusLine } from '../../report/diff/clause-section.js';
import type { Level } from '../../report/diff/labels.js';
import { alignBlocks } from './align-blocks.js';
import { mergeUnits, MoveCounter, type MergedUnit } from './merge-units.js';
import { unitBlocks, type DocumentUnits, type Unit } from './units.js';

/** Where a block of one text only stands in a move: its number, and whether it opens or closes the moved range. */
export interface MovePlace {
  move: number;
  first: boolean;
  last: boolean;
}

/**
 * One paragraph of the comparison document: a block of both texts (the same, or with the
 * redline of its wording), or a block of one text only, which may be one end of a move.
 */
export type Step = { in: 'both'; old: number; new: number; redline?: Redline } | { in: 'old' | 'new'; block: number; move?: MovePlace; comment?: string };

/** How the steps are made: the key that says two blocks print the same, and where a block's wording is the clause's own. */
export interface StepKeys {
  oldKey: (block: number) => string;
  newKey: (block: number) => string;
  /** Both blocks print exactly the clause's wording (no label, mark or summary), so its redline can be shown inside the paragraph. */
  redlineFits: (oldBlock: number, newBlock: number) => boolean;
}

function aligned(old: readonly number[], updated: readonly number[], keys: StepKeys): Step[] {
  return alignBlocks(old, updated, (a, b) => keys.oldKey(a) === keys.newKey(b)).map((pair): Step => (pair.old !== undefined && pair.new !== undefined ? { in: 'both', old: pair.old, new: pair.new } : pair.old !== undefined ? { in: 'old', block: pair.old } : { in: 'new', block: pair.new! }));
}

function oneSide(unit: Unit, side: 'old' | 'new', move: number | undefined, comment: string | undefined): Step[] {
  const blocks = unitBlocks(unit);
  return blocks.map((block, i): Step => ({
    in: side,
    block,
    ...(move === undefined ? {} : { move: { move, first: i === 0, last: i === blocks.length - 1 } }),
    ...(comment === undefined || i > 0 ? {} : { comment }),
  }));
}

function mergedSteps(merged: readonly MergedUnit[], keys: StepKeys, moves: MoveCounter, level: Level): Step[] {
  return merged.flatMap((step): Step[] => {
    if (step.in !== 'both') return oneSide(step.unit, step.in, step.move, step.change && statusLine(step.change, level));
    const { old, new: updated, change } = step;
    const [oldOwn, ...oldRest] = old.own;
    const [newOwn, ...newRest] = updated.own;
    let own: Step[];
    if (keys.oldKey(oldOwn!) === keys.newKey(newOwn!)) own = [{ in: 'both', old: oldOwn!, new: newOwn! }];
    else if (change?.redline && !change.redline.fallback && keys.redlineFits(oldOwn!, newOwn!)) own = [{ in: 'both', old: oldOwn!, new: newOwn!, redline: change.redline }];
    else own = [{ in: 'old', block: oldOwn! }, { in: 'new', block: newOwn! }];
    const children = mergeUnits(old.children, updated.children, change?.subparagraphs, moves);
    return [...aligned(old.lead, updated.lead, keys), ...own, ...aligned(oldRest, newRest, keys), ...mergedSteps(children, keys, moves, 'subparagraph')];
  });
}

/**
 * The comparison document, paragraph by paragraph: the two texts' heads aligned, their clauses
 * merged as the diff pairs them (down to subparagraphs), their tails aligned. Taking the steps
 * of the old text (`both` and `old`) gives the old text's blocks in order, exactly, and likewise
 * for the new one: which is what accepting or rejecting every change in Word does.
 */
export function trackedSteps(diff: ResolutionDiff, old: DocumentUnits, updated: DocumentUnits, keys: StepKeys): Step[] {
  const moves = new MoveCounter();
  const clauses = mergeUnits(old.units, updated.units, diff.clauses, moves);
  return [...aligned(old.head, updated.head, keys), ...mergedSteps(clauses, keys, moves, 'paragraph'), ...aligned(old.tail, updated.tail, keys)];
}
