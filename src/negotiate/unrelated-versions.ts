import type { ResolutionDiff } from '../diff/types.js';
import type { ResolutionDocument } from '../model/document.js';

/** A version sharing fewer of the earlier text's paragraphs than this is not a version of it. */
const LEAST_SHARED = 0.5;

/** Paragraphs of the earlier text the diff paired with a paragraph of the later one. */
export function sharedParagraphs(diff: ResolutionDiff): number {
  return diff.clauses.filter((change) => change.kind !== 'added' && change.kind !== 'removed').reduce((sum, change) => sum + change.old.length, 0);
}

/**
 * Why `later` (named `name`) is not a version of `earlier`, or undefined when it is: another
 * regime, or a text sharing fewer than half of the earlier one's paragraphs (as paired by the diff).
 */
export function unrelatedBecause(earlier: ResolutionDocument, later: ResolutionDocument, diff: ResolutionDiff, names: { earlier: string; later: string }): string | undefined {
  if (earlier.regime !== undefined && later.regime !== undefined && earlier.regime !== later.regime) {
    return `${names.later} is for the ${later.regime} regime and ${names.earlier} for ${earlier.regime}: they are not versions of one text`;
  }
  const total = earlier.preamble.length + earlier.operative.length;
  const shared = sharedParagraphs(diff);
  if (total > 0 && shared < Math.max(1, Math.ceil(total * LEAST_SHARED))) {
    return `${names.later} shares ${shared} of the ${total} paragraphs of ${names.earlier}: it is not a version of it (another resolution?)`;
  }
  return undefined;
}
