import { GENERAL_ASSEMBLY_BEFORE, type ParsedCitation } from '../text/parse-citations.js';

/** Wording that cites a resolution by its number but was not read as a citation. */
export interface UnreadCitation {
  offset: number;
  wording: string;
}

/** "resolution 841 (l993)", "Resolutions 1718 (2006": the keyword (capitalised too, as `parseCitations` reads it), the number, what stands for the year. */
const RESOLUTION_NUMBER = /\bresolutions?\s+\d{1,4}(?![\d/])(?:\s*\(\s*[^()\s,;]{1,6}\s*\)?)?/gi;
/** A General Assembly resolution: "2145 (XXI)", "2248 (S-V)". */
const SESSION_YEAR = /\(\s*(?:S-)?[IVXLC]+\s*\)$/;

/**
 * Citations of Security Council resolutions that `parseCitations` could not read (an OCR-damaged
 * year, a missing bracket, no year at all): a resolution number that no parsed citation covers.
 */
export function unreadCitations(text: string, citations: readonly ParsedCitation[]): UnreadCitation[] {
  const unread: UnreadCitation[] = [];
  for (const match of text.matchAll(RESOLUTION_NUMBER)) {
    const offset = match.index;
    if (citations.some((c) => c.start <= offset && offset < c.end)) continue;
    if (SESSION_YEAR.test(match[0]) || GENERAL_ASSEMBLY_BEFORE.test(text.slice(0, offset))) continue;
    unread.push({ offset, wording: match[0].trim() });
  }
  return unread;
}
