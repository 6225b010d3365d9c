import type { Reference, Summary } from '../../../model/document.js';
import { SUMMARY_MARK } from '../../../text/editorial-marks.js';
import { citedAddress } from './akn-names.js';
import { element, type XmlElement, type XmlNode } from './xml-tree.js';
import { rankSources } from '../../../model/sources/rank-sources.js';
import { sourceWithRank } from '../../../model/sources/source-words.js';
import type { SourceRanking } from '../../../model/sources/source-ranking.js';
import { currentRanking } from '../../../validate/sources/ranking-files.js';

/** The class of a paragraph that holds our editorial summary, and of the words that mark it. */
export const SUMMARY_CLASS = 'editorialSummary';
export const SUMMARY_MARK_CLASS = 'editorialMark';
/** The TLCConcept a summary refers to (meta/references). */
export const SUMMARY_CONCEPT = 'editorialSummary';

/** Where a reference points: its (first) resolution and its first paragraph. */
function hrefOf(reference: Reference): string | undefined {
  const resolution = reference.resolution ?? reference.resolutions?.[0];
  return citedAddress(resolution, reference.paragraphs?.[0]);
}

/**
 * A clause's wording with each citation it makes marked as `<ref href>`: each reference's
 * verbatim `text` is found in the wording after the one before it. A citation whose words are
 * not found (or that points nowhere addressable) stays plain text; the reference itself is kept
 * in full in the clause's `bd:data` either way. The words are never changed.
 */
export function citedText(text: string, references: readonly Reference[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  let from = 0;
  for (const reference of references) {
    const href = hrefOf(reference);
    if (!reference.text || href === undefined) continue;
    const at = text.indexOf(reference.text, from);
    if (at < 0) continue;
    if (at > from) nodes.push(text.slice(from, at));
    nodes.push(element('ref', { href }, [reference.text]));
    from = at + reference.text.length;
  }
  if (from < text.length) nodes.push(text.slice(from));
  return nodes;
}

/** The class of the words after a summary that list its sources, each with its rank. */
export const SUMMARY_SOURCES_CLASS = 'editorialSources';

/**
 * The paragraph holding a summary: marked by class, by the concept it refers to and in words, as
 * not the Council's; then its sources, UN sources first, each with its rank ("unverified source"
 * for rank other), as every report shows them (the sources themselves are also in `bd:data`).
 */
export function summaryBlock(summary: Summary, ranking: SourceRanking = currentRanking().ranking): XmlElement {
  const sources = rankSources(summary.sources, ranking).map(sourceWithRank);
  return element('p', { class: SUMMARY_CLASS, refersTo: `#${SUMMARY_CONCEPT}` }, [
    element('span', { class: SUMMARY_MARK_CLASS }, [SUMMARY_MARK]),
    ' ',
    summary.text,
    // The space before the sources is theirs, so that the summary's words read back exactly.
    ...(sources.length > 0 ? [element('span', { class: SUMMARY_SOURCES_CLASS }, [` (sources: ${sources.join('; ')})`])] : []),
  ]);
}

/** The reference to an editorial note in meta/notes. */
export function noteRef(noteEid: string): XmlElement {
  return element('noteRef', { href: `#${noteEid}`, class: 'editorial' });
}
