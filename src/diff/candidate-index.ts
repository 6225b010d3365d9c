/** Rarest words of a clause consulted when looking for its counterpart. */
const RARE_WORDS = 8;
/** Entries read from one word's list: the ones nearest the expected position. */
const WINDOW = 32;

/**
 * Finds, for a clause, the few clauses on the other side worth comparing it with, so that
 * matching stays near-linear however long the documents: it looks up the clause's rarest words,
 * and for a word found in many clauses it reads only the clauses nearest the expected position.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, number[]>();

  /** `entries` in document order: position and distinct words of each clause indexed. */
  constructor(entries: Iterable<{ position: number; words: readonly string[] }>) {
    for (const { position, words } of entries) {
      for (const word of words) {
        const list = this.postings.get(word);
        if (list) list.push(position);
        else this.postings.set(word, [position]);
      }
    }
  }

  /** Up to `limit` positions sharing the most rare words with `words`, nearest `expected` first among equals. */
  candidates(words: readonly string[], expected: number, limit: number): number[] {
    const lists = words
      .map((word) => this.postings.get(word))
      .filter((list): list is number[] => list !== undefined)
      .sort((a, b) => a.length - b.length)
      .slice(0, RARE_WORDS);
    const hits = new Map<number, number>();
    for (const list of lists) {
      for (const position of nearest(list, expected, WINDOW)) hits.set(position, (hits.get(position) ?? 0) + 1);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - expected) - Math.abs(b[0] - expected) || a[0] - b[0])
      .slice(0, limit)
      .map(([position]) => position);
  }
}

/** The `count` entries of a sorted list nearest to `target`. */
function nearest(list: readonly number[], target: number, count: number): readonly number[] {
  if (list.length <= count) return list;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < target) low = middle + 1;
    else high = middle;
  }
  const start = Math.min(Math.max(0, low - (count >> 1)), list.length - count);
  return list.slice(start, start + count);
}
