import { diffResolutions } from '../../diff/diff-resolutions.js';
import type { ClauseSide, Part, ResolutionDiff } from '../../diff/types.js';
import type { ResolutionDocument } from '../../model/document.js';
import { contentKey, type Paragraph } from './paragraph-key.js';
import type { Touch } from './types.js';

/**
 * One copy read against the base, paragraph by paragraph, from `diffResolutions`: slots are the
 * base's paragraph ids, and `<copy>:<id>` for a paragraph the copy added.
 */
export interface CopyReading {
  name: string;
  /** For each base paragraph the copy changed: what stands for it now (none: removed or merged away; several: split). */
  changed: Map<string, Paragraph[]>;
  touches: Map<string, Touch[]>;
  /** Base paragraphs the copy put elsewhere. */
  moved: Set<string>;
  /** Paragraphs the copy added, by slot. */
  added: Map<string, Paragraph>;
  /** The copy's slots in its own order, by part. */
  order: Record<Part, string[]>;
  diff: ResolutionDiff;
}

function paragraphAt(document: ResolutionDocument, side: ClauseSide): Paragraph {
  return side.part === 'preamble' ? document.preamble[side.index]! : document.operative[side.index]!;
}

function touch(reading: CopyReading, slot: string, what: Touch): void {
  reading.touches.set(slot, [...(reading.touches.get(slot) ?? []), what]);
}

/**
 * How `copy` changed `base`, paragraph by paragraph. `index` tells the copy's added paragraphs
 * apart from other copies'; `additions` (shared by the copies read, by content) makes the same
 * paragraph added by several copies one slot, added by all of them.
 */
export function readCopy(base: ResolutionDocument, copy: ResolutionDocument, name: string, index: number, additions: Map<string, string> = new Map()): CopyReading {
  const diff = diffResolutions(base, copy);
  const reading: CopyReading = { name, changed: new Map(), touches: new Map(), moved: new Set(), added: new Map(), order: { preamble: [], operative: [] }, diff };
  for (const change of diff.clauses) {
    const olds = change.old.map((side) => paragraphAt(base, side));
    const news = change.new.map((side) => paragraphAt(copy, side));
    if (change.kind === 'added') {
      const key = contentKey(news);
      const slot = additions.get(key) ?? `${index}:${news[0]!.id}`;
      additions.set(key, slot);
      reading.added.set(slot, news[0]!);
      reading.order[change.new[0]!.part].push(slot);
      touch(reading, slot, 'added');
      continue;
    }
    const slot = olds[0]!.id;
    if (change.kind === 'removed') {
      reading.changed.set(slot, []);
      touch(reading, slot, 'removed');
      continue;
    }
    reading.order[change.new[0]!.part].push(slot);
    if (change.kind === 'moved' || change.old[0]!.part !== change.new[0]!.part) {
      reading.moved.add(slot);
      touch(reading, slot, 'moved');
    }
    if (change.kind === 'split') {
      reading.changed.set(slot, news);
      touch(reading, slot, 'split');
    } else if (change.kind === 'merged') {
      reading.changed.set(slot, news);
      touch(reading, slot, 'merged');
      for (const other of olds.slice(1)) {
        reading.changed.set(other.id, []);
        touch(reading, other.id, 'merged');
      }
    } else if (contentKey(olds) !== contentKey(news)) {
      reading.changed.set(slot, news);
      touch(reading, slot, 'reworded');
    }
  }
  return reading;
}
