import type { SourceRank, SourceRef } from '../document.js';
import { citedRank, sourceAddress } from './source-address.js';
import type { RankingEntry, SourceRanking } from './source-ranking.js';
import { webHost } from './web-host.js';

/** A source with its rank, and what gave the rank. */
export interface RankedSource {
  /** The URL or document reference, as cited. */
  address: string;
  /** The rank; `other` where nothing ranks the source. */
  rank: SourceRank;
  /** `cited`: set where the source is cited; `ranking`: by its address; `none`: nothing ranks it. */
  by: 'cited' | 'ranking' | 'none';
  /** The ranking entry that gave the rank, where the ranking did. */
  entry?: RankingEntry;
}

/** The longest entry that matches; of equally long ones, the last (a project's entry over the default). */
function closest(entries: readonly RankingEntry[], matches: (pattern: string) => boolean): RankingEntry | undefined {
  let best: RankingEntry | undefined;
  for (const entry of entries) if (matches(entry.pattern) && (best === undefined || entry.pattern.length >= best.pattern.length)) best = entry;
  return best;
}

/** The ranking entry for an address: by its host for a web address, else by the reference's start. */
export function rankingEntryFor(address: string, ranking: SourceRanking): RankingEntry | undefined {
  const host = webHost(address);
  if (host !== undefined) return closest(ranking.domains, (domain) => host === domain || host.endsWith(`.${domain}`));
  const reference = address.trim();
  return closest(ranking.references, (prefix) => reference.startsWith(prefix));
}

/** A cited source's rank: as set where it is cited, else by the ranking of its address, else `other`. */
export function rankSource(source: SourceRef, ranking: SourceRanking): RankedSource {
  const address = sourceAddress(source);
  const cited = citedRank(source);
  if (cited !== undefined) return { address, rank: cited, by: 'cited' };
  const entry = rankingEntryFor(address, ranking);
  return entry === undefined ? { address, rank: 'other', by: 'none' } : { address, rank: entry.rank, by: 'ranking', entry };
}
