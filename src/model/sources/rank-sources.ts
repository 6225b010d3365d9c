import type { SourceRef } from '../document.js';
import { byRank } from './by-rank.js';
import { rankSource, type RankedSource } from './rank-source.js';
import type { SourceRanking } from './source-ranking.js';

/** Cited sources ranked, and listed as reports list them: UN sources first, then by rank, as cited within a rank. */
export function rankSources(sources: readonly SourceRef[], ranking: SourceRanking): RankedSource[] {
  return byRank(sources.map((source) => rankSource(source, ranking)));
}
