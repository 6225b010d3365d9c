import type { Token } from './tokenize.js';

/**
 * The features a clause is compared by: its words, lower-cased, one by one and in adjacent
 * pairs, each with how often it occurs. Punctuation is left out: it carries little of what a
 * clause is about.
 */
export interface Features {
  counts: Map<string, number>;
  size: number;
  /** The distinct single words, for the candidate index. */
  words: string[];
}

/**
 * Two clauses are taken for versions of the same clause when their similarity reaches this.
 * Measured on the corpus (docs/diff.md): distinct paragraphs of the same resolution, which share
 * the Council's formulas ("Decides that all States shall …"), score at most about 0.4, while a
 * paragraph with a third of its words replaced, or with a phrase moved, still scores above 0.6.
 * Halfway between keeps a reworded paragraph matched without pairing unrelated ones.
 */
export const SIMILARITY_THRESHOLD = 0.5;

const PAIR = '\u0000';

export function features(tokens: readonly Token[]): Features {
  const counts = new Map<string, number>();
  const words: string[] = [];
  let previous: string | undefined;
  let size = 0;
  const add = (feature: string) => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
    size++;
  };
  for (const token of tokens) {
    if (!token.word) continue;
    const word = token.key.toLowerCase();
    if (!counts.has(word)) words.push(word);
    add(word);
    if (previous !== undefined) add(previous + PAIR + word);
    previous = word;
  }
  return { counts, size, words };
}

/**
 * The Dice coefficient of the two feature multisets, from 0 (nothing shared) to 1 (the same
 * words in the same order). Single words make it robust to word order; adjacent pairs keep
 * clauses that share only the Council's stock phrases apart.
 */
export function similarity(a: Features, b: Features): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [feature, count] of small.counts) {
    const other = large.counts.get(feature);
    if (other !== undefined) shared += Math.min(count, other);
  }
  return (2 * shared) / (a.size + b.size);
}

/** How much of `part` is found in `whole` (1 when every feature of `part` is in `whole`). */
export function containment(part: Features, whole: Features): number {
  if (part.size === 0) return 1;
  let shared = 0;
  for (const [feature, count] of part.counts) shared += Math.min(count, whole.counts.get(feature) ?? 0);
  return shared / part.size;
}
