import type { SourceRank } from '../document.js';

/** The ranks, best first: the order in which reports list sources. */
export const SOURCE_RANKS: readonly SourceRank[] = ['un', 'government', 'press-research', 'other'];

/** How reports name each rank next to a source. */
export const RANK_WORDS: Record<SourceRank, string> = {
  un: 'UN source',
  government: 'government source',
  'press-research': 'press or research source',
  other: 'unverified source',
};
