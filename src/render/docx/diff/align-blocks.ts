/**
 * Pairs two short lists of blocks (header lines, the blocks before a paragraph, annexes) by a
 * longest common subsequence of their keys: equal blocks are kept, the others are of one text
 * only. Returns the pairs in order, each with the index on each side it has.
 */
export function alignBlocks<T>(old: readonly T[], updated: readonly T[], same: (a: T, b: T) => boolean): Array<{ old?: T; new?: T }> {
  const n = old.length;
  const m = updated.length;
  // lengths[i][j]: the longest common subsequence of old[i..] and updated[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lengths[i]![j] = same(old[i]!, updated[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const out: Array<{ old?: T; new?: T }> = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(old[i]!, updated[j]!)) out.push({ old: old[i++]!, new: updated[j++]! });
    else if (j < m && (i === n || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) out.push({ new: updated[j++]! });
    else out.push({ old: old[i++]! });
  }
  return out;
}
