import type { SourceRank, SourceRef } from '../document.js';

/** The URL or document reference a source names, whether it is cited as a string or as `{ ref, rank }`. */
export function sourceAddress(source: SourceRef): string {
  return typeof source === 'string' ? source : source.ref;
}

/** The rank set where the source is cited, if any. */
export function citedRank(source: SourceRef): SourceRank | undefined {
  return typeof source === 'string' ? undefined : source.rank;
}
