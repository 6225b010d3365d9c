import type { OperativeParagraph, Reference } from '../../model/document.js';

/** A citation as an effect's target: the reference without its verbatim words. */
export function asTarget(reference: Reference | undefined): Reference | undefined {
  if (!reference) return undefined;
  const { text: _text, ...rest } = reference;
  return rest;
}

/** Cites another resolution, not the committee it established. */
export const external = (r: Reference): boolean => !r.committee && (r.resolution !== undefined || r.resolutions !== undefined);
/** Names the committee a paragraph or resolution established. */
export const committee = (r: Reference): boolean => r.committee === true;
/** Names paragraphs of this or another resolution, not a committee. */
export const paragraphs = (r: Reference): boolean => !r.committee && r.paragraphs !== undefined;
/** Any citation but a committee's. */
export const notCommittee = (r: Reference): boolean => !r.committee;

/** The paragraph's citations (passing `filter`) that stand in `text` between `from` and `to`, with where each stands. */
export function citationsBetween(paragraph: OperativeParagraph, text: string, from: number, to: number, filter: (r: Reference) => boolean): Reference[] {
  const found: Array<{ at: number; reference: Reference }> = [];
  let searchFrom = 0;
  for (const reference of paragraph.references ?? []) {
    if (reference.text === undefined) continue;
    const at = text.indexOf(reference.text, searchFrom);
    if (at < 0) continue;
    searchFrom = at + 1;
    if (at >= from && at < to && filter(reference)) found.push({ at, reference });
  }
  return found.map((f) => f.reference);
}

/** The last citation (passing `filter`) that ends before offset `at`. */
export function citationBefore(paragraph: OperativeParagraph, text: string, at: number, filter: (r: Reference) => boolean): Reference | undefined {
  return citationsBetween(paragraph, text, 0, at, filter).at(-1);
}

/** The first citation (passing `filter`) at or after offset `at`. */
export function citationAfter(paragraph: OperativeParagraph, text: string, at: number, filter: (r: Reference) => boolean): Reference | undefined {
  return citationsBetween(paragraph, text, at, text.length, filter)[0];
}
