import type { Block } from '../document/layout.js';
import type { ListKind } from './package/numbering.js';
import { listPlaces } from './list-labels.js';

/** A block's place in Word numbering: the run of numbers it belongs to (a key unique in its document), the kind of list, its value. */
export interface ListMark {
  run: string;
  kind: ListKind;
  value: number;
  /** The value the run starts at. */
  start: number;
}

/**
 * Which blocks of a layout are numbered by Word, and in which runs: operative paragraph numbers
 * (a run goes on while each number is one more than the last) and the labels of each
 * paragraph's subparagraphs, sibling by sibling (see `listPlaces`). A block left out prints its
 * label as text.
 */
export function listRuns(blocks: readonly Block[]): Map<number, ListMark> {
  const marks = new Map<number, ListMark>();
  const groups = new Map<string, Array<{ index: number; label: string | undefined; depth: number }>>();
  const parents: string[] = [];
  let previous: { value: number; run: string; start: number } | undefined;
  blocks.forEach((block, index) => {
    if (block.kind === 'operative' || block.kind === 'preamble') {
      parents.length = 0;
      parents[0] = `${block.kind}:${block.id}`;
      if (block.kind === 'operative' && block.lead !== undefined) parents[1] = `${block.id}/lead`;
      if (block.kind !== 'operative' || block.number === undefined) return;
      const value = block.number;
      const continues = previous !== undefined && value === previous.value + 1;
      const run = continues ? previous!.run : `operative:${index}`;
      const start = continues ? previous!.start : value;
      marks.set(index, { run, kind: { format: 'decimal', depth: 0 }, value, start });
      previous = { value, run, start };
      return;
    }
    if (block.kind !== 'subparagraph') return;
    const parent = parents[block.depth - 1] ?? `${parents[0]}/${block.depth}`;
    parents.length = block.depth;
    parents[block.depth] = `${parent}/${block.id}`;
    const key = `${parent}@${block.depth}`;
    const group = groups.get(key) ?? [];
    group.push({ index, label: block.label, depth: block.depth });
    groups.set(key, group);
  });
  for (const [key, group] of groups) {
    let run = '';
    let start = 0;
    listPlaces(group.map((entry) => entry.label)).forEach((place, i) => {
      if (!place) return;
      const entry = group[i]!;
      if (place.startsRun) {
        run = `${key}:${entry.index}`;
        start = place.value;
      }
      marks.set(entry.index, { run, kind: { format: place.format, depth: entry.depth }, value: place.value, start });
    });
  }
  return marks;
}
