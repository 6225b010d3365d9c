import { longestIncreasingSubsequence } from '../src/diff/longest-increasing-subsequence.js';
import type { ResolutionDocument } from '../src/model/document.js';

/**
 * How many paragraphs really moved from `old` to `revised`, known from their stable ids: in
 * each part, those outside the largest set of paragraphs that kept their order. What a diff
 * should report as moved, no more.
 */
export function movedById(old: ResolutionDocument, revised: ResolutionDocument): number {
  let moved = 0;
  for (const part of ['preamble', 'operative'] as const) {
    const oldAt = new Map(old[part].map((clause, i) => [clause.id, i]));
    const order = revised[part].flatMap((clause) => (oldAt.has(clause.id) ? [oldAt.get(clause.id)!] : []));
    moved += order.length - longestIncreasingSubsequence(order).reduce((sum, kept) => sum + kept, 0);
  }
  return moved;
}
