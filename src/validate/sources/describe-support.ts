import type { SourceRank } from '../../model/document.js';
import { publisherOf } from '../../model/sources/publisher.js';
import type { RankedSource } from '../../model/sources/rank-source.js';
import { SOURCE_RANKS } from '../../model/sources/rank-words.js';
import { joinNames } from '../../text/join-names.js';

const NAMES: Record<SourceRank, [string, string]> = {
  un: ['UN source', 'UN sources'],
  government: ['government source', 'government sources'],
  'press-research': ['press-research source', 'press-research sources'],
  other: ['source of rank other', 'sources of rank other'],
};

/**
 * "1 press-research source (reuters.com) and 2 sources of rank other", "2 press-research sources of
 * one publisher (reuters.com)": what a status rests on, for messages.
 */
export function describeSupport(sources: readonly RankedSource[]): string {
  const parts = SOURCE_RANKS.flatMap((rank) => {
    const of = sources.filter((source) => source.rank === rank);
    if (of.length === 0) return [];
    if (rank !== 'press-research') return [`${of.length} ${NAMES[rank][of.length === 1 ? 0 : 1]}`];
    const publishers = [...new Set(of.map((source) => publisherOf(source.address)))];
    const fewer = publishers.length < of.length ? ` of ${publishers.length === 1 ? 'one publisher' : `${publishers.length} publishers`}` : '';
    return [`${of.length} ${NAMES[rank][of.length === 1 ? 0 : 1]}${fewer} (${publishers.join(', ')})`];
  });
  return parts.length === 0 ? 'no source' : joinNames(parts);
}
