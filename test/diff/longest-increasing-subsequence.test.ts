import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasingSubsequence } from '../../src/diff/longest-increasing-subsequence.js';

/** The length of a longest strictly increasing subsequence, by the textbook quadratic method. */
function longestLength(values: readonly number[]): number {
  const best = values.map(() => 1);
  for (let i = 0; i < values.length; i++) for (let j = 0; j < i; j++) if (values[j]! < values[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
  return Math.max(0, ...best);
}

describe('longestIncreasingSubsequence', () => {
  it('keeps a strictly increasing subsequence of the greatest length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }), (values) => {
        const kept = longestIncreasingSubsequence(values);
        const chosen = values.filter((_, i) => kept[i] === 1);
        expect(chosen.every((value, i) => i === 0 || chosen[i - 1]! < value)).toBe(true);
        expect(chosen.length).toBe(longestLength(values));
      }),
    );
  });

  it('keeps everything in order, and one of two swapped neighbours', () => {
    expect([...longestIncreasingSubsequence([0, 1, 2, 3])]).toEqual([1, 1, 1, 1]);
    expect([...longestIncreasingSubsequence([0, 2, 1, 3])].filter((k) => k === 0)).toHaveLength(1);
  });
});
