import type { RankedSource } from './rank-source.js';
import { SOURCE_RANKS } from './rank-words.js';

/** Sources best rank first (UN sources first), in the order cited within a rank. */
export function byRank(sources: readonly RankedSource[]): RankedSource[] {
  return SOURCE_RANKS.flatMap((rank) => sources.filter((source) => source.rank === rank));
}
