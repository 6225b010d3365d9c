import type { Token } from './tokenize.js';

/**
 * The features a clause is compared by: its words, lower-cased, one by one and in adjacent
 * pairs, as a multiset. Punctuation is left out: it carries little of what a clause is about.
 */
export interface Features {
  /** Feature numbers (see FeatureSpace), sorted, each repeated as often as it occurs. */
  ids: Float64Array;
  /** The distinct single words, for the candidate index. */
  words: string[];
}

/** What comparing needs of features: the numbers alone. */
export type FeatureIds = Pick<Features, 'ids'>;

/**
 * Two clauses are taken for versions of the same clause when their similarity reaches this.
 * Measured on the corpus (docs/diff.md): two different paragraphs of the same resolution, which
 * share the Council's formulas ("Decides that all States shall …"), score below 0.4 in 99% of
 * pairs, while a paragraph with a fifth of its words replaced keeps 0.5 or more in 99% of cases
 * and one with a phrase moved keeps 0.8. Halfway keeps a reworded paragraph paired without
 * pairing unrelated ones.
 */
export const SIMILARITY_THRESHOLD = 0.5;

/** Words are numbered below this; a pair of words gets a number above it, from both words' numbers. */
const WORDS = 2 ** 26;

/**
 * Numbers words as they are met, so that comparing two clauses is a merge of two sorted arrays
 * of numbers rather than a string lookup per feature. One space per comparison of two
 * documents: the numbers mean nothing across spaces.
 */
export class FeatureSpace {
  private readonly numbers = new Map<string, number>();

  private number(word: string): number {
    let found = this.numbers.get(word);
    if (found === undefined) {
      found = this.numbers.size;
      this.numbers.set(word, found);
    }
    return found;
  }

  features(tokens: readonly Token[]): Features {
    const ids: number[] = [];
    const words = new Set<string>();
    let previous: number | undefined;
    for (const token of tokens) {
      if (!token.word) continue;
      const word = token.key.toLowerCase();
      const id = this.number(word);
      words.add(word);
      ids.push(id);
      if (previous !== undefined) ids.push((previous + 1) * WORDS + id);
      previous = id;
    }
    return { ids: Float64Array.from(ids).sort(), words: [...words] };
  }
}

/** How many features two sorted multisets share. */
function shared(a: Float64Array, b: Float64Array): number {
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

/**
 * The Dice coefficient of the two feature multisets, from 0 (nothing shared) to 1 (the same
 * words in the same order). Single words make it robust to word order; adjacent pairs keep
 * clauses that share only the Council's stock phrases apart.
 */
export function similarity(a: FeatureIds, b: FeatureIds): number {
  const size = a.ids.length + b.ids.length;
  return size === 0 ? 1 : (2 * shared(a.ids, b.ids)) / size;
}

/** How much of `part` is found in `whole` (1 when every feature of `part` is in `whole`). */
export function containment(part: FeatureIds, whole: FeatureIds): number {
  return part.ids.length === 0 ? 1 : shared(part.ids, whole.ids) / part.ids.length;
}

/** The features of `whole` that `part` does not account for (a multiset difference), sorted. */
export function remainder(whole: FeatureIds, part: FeatureIds): FeatureIds {
  const ids: number[] = [];
  let j = 0;
  for (const id of whole.ids) {
    while (j < part.ids.length && part.ids[j]! < id) j++;
    if (j < part.ids.length && part.ids[j] === id) j++;
    else ids.push(id);
  }
  return { ids: Float64Array.from(ids) };
}

/** The features of two clauses (or runs of clauses) taken together: a merge of the two sorted multisets. */
export function combine(a: FeatureIds, b: FeatureIds): FeatureIds {
  const ids = new Float64Array(a.ids.length + b.ids.length);
  let i = 0;
  let j = 0;
  for (let at = 0; at < ids.length; at++) ids[at] = j >= b.ids.length || (i < a.ids.length && a.ids[i]! <= b.ids[j]!) ? a.ids[i++]! : b.ids[j++]!;
  return { ids };
}
