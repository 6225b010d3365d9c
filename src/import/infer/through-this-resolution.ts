import type { Reference, ResolutionDocument } from '../../model/document.js';
import { paragraphNumbers } from './paragraph-ranges.js';

/** What paragraph `number` of this resolution acts on in another one, as its effects say ("to terminate the suspension of the measures set out in paragraphs 5 to 9 of resolution 841 (1993)"). */
export function actedOnElsewhere(document: ResolutionDocument, number: number): Reference | undefined {
  const paragraph = document.operative.find((p) => p.number === number);
  return paragraph?.effects?.map((e) => e.target).find((t) => t?.resolution !== undefined && t.paragraphs !== undefined);
}

/**
 * A target that names a paragraph of this resolution which itself only acts on another
 * resolution ("the suspension of the measures referred to in paragraph 1 above", where paragraph 1
 * suspends paragraphs 5 to 9 of resolution 841 (1993)) stands for what that paragraph acts on.
 * Any other target is returned as it is.
 */
export function throughThisResolution(document: ResolutionDocument, target: Reference | undefined): Reference | undefined {
  if (!target?.paragraphs || target.resolution !== undefined || target.resolutions !== undefined || target.committee) return target;
  const numbers = paragraphNumbers(target.paragraphs);
  if (!numbers || numbers.length !== 1) return target;
  return actedOnElsewhere(document, numbers[0]!) ?? target;
}
