import type { SourceRank } from '../document.js';

/** One line of a ranking: a domain or a reference prefix, with the rank it gives and where it is written. */
export interface RankingEntry {
  rank: SourceRank;
  /** "un.org" for a domain; "S/" for a reference prefix. */
  pattern: string;
  /** The ranking file and line that give it, for messages. */
  file: string;
  line: number;
}

/**
 * The ranking of sources by address: the default one shipped with bluedraft, extended by a
 * project's own file. Entries read later win over earlier ones of the same length.
 */
export interface SourceRanking {
  domains: RankingEntry[];
  references: RankingEntry[];
}

export const EMPTY_RANKING: SourceRanking = { domains: [], references: [] };

/** `base` extended by `more`, whose entries win where both match a source equally closely. */
export function extendRanking(base: SourceRanking, more: SourceRanking): SourceRanking {
  return { domains: [...base.domains, ...more.domains], references: [...base.references, ...more.references] };
}
