import type { ResolutionDocument } from '../../model/document.js';
import type { CopyReading } from './read-copy.js';
import { MergeRefusal } from './refusal.js';

/** A copy sharing fewer of the base's paragraphs than this is not a copy of it. */
const LEAST_SHARED = 0.5;

/**
 * Refuses copies that are not versions of the base: another regime, or a text sharing fewer than
 * half of the base's paragraphs (none of a one- or two-paragraph base), as paired by the diff.
 */
export function checkRelated(base: ResolutionDocument, copy: ResolutionDocument, reading: CopyReading): void {
  if (base.regime !== undefined && copy.regime !== undefined && base.regime !== copy.regime) {
    throw new MergeRefusal(`${reading.name}'s copy is for the ${copy.regime} regime and the base for ${base.regime}: they are not versions of one text`);
  }
  const total = base.preamble.length + base.operative.length;
  if (total > 0 && reading.paired < Math.max(1, Math.ceil(total * LEAST_SHARED))) {
    throw new MergeRefusal(`${reading.name}'s copy shares ${reading.paired} of the base's ${total} paragraphs: it is not a version of the base (another resolution?)`);
  }
}
