import type { OperativeParagraph, Reference } from '../../model/document.js';
import { asTarget, citationAfter, citationBefore } from './targets.js';

/** The verb stands in the passive, or as a predicate of what precedes it: "are suspended", "shall have no further force", "do not apply". */
export function actsOnSubject(text: string, verbAt: number): boolean {
  return /\b(?:be|are|is|been|being)\s+[^\w\s]?$/i.test(text.slice(0, verbAt)) || /^(?:shall|do|does|will|may)\b/i.test(text.slice(verbAt));
}

/**
 * The target of the effect whose verb stands at `verbAt`: the citation of what it acts on, before
 * the verb when the verb acts on its subject ("the measures set out in paragraphs 5 to 9 of
 * resolution 841 (1993) are suspended"), after it otherwise ("to terminate the measures … pursuant
 * to resolutions 232 (1966), 253 (1968) …"); the other side when that side cites nothing.
 */
export function targetAround(paragraph: OperativeParagraph, text: string, verbAt: number, filter: (r: Reference) => boolean): Reference | undefined {
  const before = citationBefore(paragraph, text, verbAt, filter);
  const after = citationAfter(paragraph, text, verbAt, filter);
  return asTarget(actsOnSubject(text, verbAt) ? before ?? after : after ?? before);
}
