import type { SourceRef } from '../../../model/document.js';
import type { RankedSource } from '../../../model/sources/rank-source.js';
import { rankSource } from '../../../model/sources/rank-source.js';
import { rankSources } from '../../../model/sources/rank-sources.js';
import { RANK_WORDS } from '../../../model/sources/rank-words.js';
import type { SourceRanking } from '../../../model/sources/source-ranking.js';
import { reproducedBy, sourceName } from '../../../model/sources/source-words.js';
import { currentRanking } from '../../../validate/sources/ranking-files.js';
import { link, type Phrasing } from './mdast.js';

/** The ranking reports use unless told otherwise: the default, extended by the project's source-ranks.yaml. */
function ranking(): SourceRanking {
  return currentRanking().ranking;
}

/** A source as a link where it is a web address (by its site's name), else as written, then its rank: "un.org (UN source)". */
function rankedSource(source: RankedSource): Phrasing[] {
  const name = /^https?:\/\//i.test(source.address) ? link(source.address, sourceName(source.address)) : source.address;
  return [name, ` (${RANK_WORDS[source.rank]})`];
}

/**
 * Sources as every report lists them: UN sources first, then by rank, each with its rank; a
 * source of rank `other`, or one nothing ranks, is shown as "unverified source".
 */
export function sourceList(sources: readonly SourceRef[], rankedBy: SourceRanking = ranking()): Phrasing[] {
  return rankSources(sources, rankedBy).flatMap((source, index) => (index === 0 ? rankedSource(source) : ['; ', ...rankedSource(source)]));
}

/**
 * How official wording is introduced: "Official wording" where it comes from the document itself
 * or a UN copy, else "Official wording as reproduced by profilpelajar.com (unverified source)".
 */
export function officialWordingLabel(from: SourceRef | undefined, rankedBy: SourceRanking = ranking()): string {
  const label = reproducedBy(from === undefined ? undefined : rankSource(from, rankedBy));
  return label === undefined ? 'Official wording' : `Official wording ${label}`;
}
