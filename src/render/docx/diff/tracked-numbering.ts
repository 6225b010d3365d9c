import type { ListMark } from '../list-runs.js';
import type { Numbering } from '../package/numbering.js';
import type { Step } from './tracked-steps.js';

/** A step's numbering: the instance it counts in, and where the old text counted it elsewhere, that one. */
export interface StepNumbering {
  numId?: number;
  /** Set where the old text numbers the paragraph in another instance (or not at all): `w:pPrChange` records it. */
  former?: { numId: number | undefined };
}

/**
 * Word numbering for the comparison document. Each text numbers its paragraphs in runs (see
 * `listRuns`); a paragraph of both texts ties its old run to its new run. Runs tied together
 * share one numbering instance where that counts right in both texts: one run of each text at
 * most, starting at the same number, of the same kind. Otherwise each run has its own instance,
 * and a paragraph of both texts is numbered in its new run, with its old run recorded as the
 * numbering before the change, so that rejecting the changes numbers it as the old text did.
 */
export function trackedNumbering(steps: readonly Step[], oldMarks: ReadonlyMap<number, ListMark>, newMarks: ReadonlyMap<number, ListMark>, numbering: Numbering): StepNumbering[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const marks = new Map<string, ListMark>();
  const markOf = (step: Step, side: 'old' | 'new'): ListMark | undefined => {
    const block = step.in === 'both' ? step[side] : step.in === side ? step.block : undefined;
    return block === undefined ? undefined : (side === 'old' ? oldMarks : newMarks).get(block);
  };
  for (const step of steps) {
    for (const side of ['old', 'new'] as const) {
      const mark = markOf(step, side);
      if (mark) {
        marks.set(`${side}:${mark.run}`, mark);
        find(`${side}:${mark.run}`);
      }
    }
    const [oldMark, newMark] = [markOf(step, 'old'), markOf(step, 'new')];
    if (step.in === 'both' && oldMark && newMark) parent.set(find(`old:${oldMark.run}`), find(`new:${newMark.run}`));
  }
  const members = new Map<string, string[]>();
  for (const key of marks.keys()) members.set(find(key), [...(members.get(find(key)) ?? []), key]);
  const shared = (key: string): boolean => {
    const runs = members.get(find(key))!;
    const first = marks.get(runs[0]!)!;
    const sameKind = runs.every((run) => marks.get(run)!.start === first.start && marks.get(run)!.kind.format === first.kind.format && marks.get(run)!.kind.depth === first.kind.depth);
    return sameKind && runs.filter((run) => run.startsWith('old:')).length <= 1 && runs.filter((run) => run.startsWith('new:')).length <= 1;
  };
  const instances = new Map<string, number>();
  const instance = (key: string): number => {
    const owner = shared(key) ? find(key) : key;
    let numId = instances.get(owner);
    if (numId === undefined) {
      const mark = marks.get(key)!;
      numId = numbering.instance(mark.kind, mark.start);
      instances.set(owner, numId);
    }
    return numId;
  };
  return steps.map((step): StepNumbering => {
    const [oldMark, newMark] = [markOf(step, 'old'), markOf(step, 'new')];
    const oldId = oldMark && instance(`old:${oldMark.run}`);
    const newId = newMark && instance(`new:${newMark.run}`);
    if (step.in === 'old') return oldId === undefined ? {} : { numId: oldId };
    if (step.in === 'new' || oldId === newId) return newId === undefined ? {} : { numId: newId };
    return { ...(newId === undefined ? {} : { numId: newId }), former: { numId: oldId } };
  });
}
