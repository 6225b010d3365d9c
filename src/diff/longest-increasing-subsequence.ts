/**
 * Flags (1 = kept) the positions of a longest strictly increasing subsequence of `values`, in O(n log n). Applied
 * to the old positions of matched clauses in new order, it is the largest set of clauses that
 * kept their relative order: every other matched clause moved.
 */
export function longestIncreasingSubsequence(values: readonly number[]): Uint8Array {
  /** tails[k]: position of the smallest last value of an increasing run of length k + 1. */
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Uint8Array(values.length);
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept[i] = 1;
  return kept;
}
