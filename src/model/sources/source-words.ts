import type { RankedSource } from './rank-source.js';
import { RANK_WORDS } from './rank-words.js';
import { webSite } from './web-host.js';

/** "https://press.un.org/… (UN source)", "https://5ch.net/… (unverified source)": a source as plain text shows it. */
export function sourceWithRank(source: RankedSource): string {
  return `${source.address} (${RANK_WORDS[source.rank]})`;
}

/** How a source is named in running text: its site for a web address ("profilpelajar.com"), else the reference. */
export function sourceName(address: string): string {
  return webSite(address) ?? address;
}

/**
 * What follows "official wording" taken from a copy that is not a UN document: "as reproduced by
 * profilpelajar.com (unverified source)"; undefined for a UN copy, whose wording needs no label.
 */
export function reproducedBy(source: RankedSource | undefined): string | undefined {
  if (source === undefined || source.rank === 'un') return undefined;
  return `as reproduced by ${sourceName(source.address)} (${RANK_WORDS[source.rank]})`;
}
