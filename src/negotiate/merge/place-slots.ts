import type { Part } from '../../diff/types.js';
import type { CopyReading } from './read-copy.js';

/**
 * The order of the merged text, by slot: the base's order, each paragraph a copy moved put after
 * the paragraph that precedes it in that copy (where the copies that moved it agree; `unmoved`
 * lists those left in place), each added paragraph likewise, copy by copy. Removed slots stay in
 * the order: the caller leaves out those that hold no paragraph.
 */
export function placeSlots(base: Record<Part, string[]>, readings: readonly CopyReading[], unmoved: ReadonlySet<string>): Record<Part, string[]> {
  const placedBy = new Map<string, number>();
  readings.forEach((reading, c) => {
    for (const slot of [...reading.moved, ...reading.added.keys()]) if (!unmoved.has(slot) && !placedBy.has(slot)) placedBy.set(slot, c);
  });
  const order: Record<Part, string[]> = { preamble: base.preamble.filter((s) => !placedBy.has(s)), operative: base.operative.filter((s) => !placedBy.has(s)) };
  const inserted = new Set<string>();
  readings.forEach((reading, c) => {
    for (const part of ['preamble', 'operative'] as const) {
      const sequence = reading.order[part];
      sequence.forEach((slot, i) => {
        if (placedBy.get(slot) !== c) return;
        const list = order[part];
        let at = 0;
        for (let k = i - 1; k >= 0; k--) {
          const found = list.indexOf(sequence[k]!);
          if (found >= 0) {
            at = found + 1;
            break;
          }
        }
        while (at < list.length && inserted.has(list[at]!) && placedBy.get(list[at]!) !== c) at++;
        list.splice(at, 0, slot);
        inserted.add(slot);
      });
    }
  });
  return order;
}

/** Where each copy that moved a slot would put it: after which slot, in which part. */
export function moveTarget(reading: CopyReading, slot: string): string {
  for (const part of ['preamble', 'operative'] as const) {
    const i = reading.order[part].indexOf(slot);
    if (i >= 0) return `${part}:${reading.order[part].slice(0, i).filter((s) => !reading.moved.has(s) && !reading.added.has(s)).at(-1) ?? ''}`;
  }
  return '';
}
