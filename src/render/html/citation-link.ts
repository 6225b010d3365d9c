import type { Reference } from '../../model/document.js';

/** A citation found in a clause's words, offered to `resolutionToHast`'s `citationHref`. */
export interface CitationInText {
  /** What is cited, as `parseCitations` reads it: "paragraph 8 of resolution 841 (1993)" → { resolution: '841 (1993)', paragraphs: ['8'] }; "paragraph 2 above" → { paragraphs: ['2'] }. */
  reference: Reference;
  /** The words of the citation, exactly as in the clause. */
  text: string;
  /** The clause the citation stands in. */
  clauseId: string;
  /** The number of the operative paragraph it stands in (what "subparagraph (a) above" refers to). */
  paragraph?: number;
}

/** Where a citation should lead: a URL for its link, or undefined to leave it as plain words. */
export type CitationHref = (citation: CitationInText) => string | undefined;
