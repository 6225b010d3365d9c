import type { Reference, ResolutionDocument } from '../../model/document.js';
import { citationOf } from '../../model/citation.js';
import { objectSpan } from './acts-on-measures.js';

const THIS_RESOLUTION = /\b(?:this|the\s+present)\s+resolution\b/i;

/**
 * Where the words cite nothing but say "the measures imposed by this resolution", "the
 * provisions of the present resolution": the resolution itself, as a target that names it
 * (consolidation applies no effect whose target names nothing).
 */
export function orThisResolution(target: Reference | undefined, document: ResolutionDocument, text: string, verbAt: number): Reference | undefined {
  if (target) return target;
  const self = citationOf(document);
  return self !== undefined && THIS_RESOLUTION.test(objectSpan(text, verbAt)) ? { resolution: self } : undefined;
}
