import type { OperativeParagraph, Reference, ResolutionDocument } from '../../model/document.js';
import { sanctionMeasures } from './measure-target.js';
import { guessMeasures } from './measures-from-words.js';
import { PROHIBITION } from './obligations.js';
import { readOpening } from './opening.js';
import { paragraphWords } from './paragraph-words.js';

/** A decision that holds a measure: binding (or restating a decision) and naming a measure, a prohibition or an exemption from one. */
function holdsMeasure(paragraph: OperativeParagraph): boolean {
  const opening = readOpening(paragraph.text ?? '');
  if (!opening?.binding && !opening?.restatesDecision) return false;
  const words = paragraphWords(paragraph);
  return sanctionMeasures(guessMeasures(words)).length > 0 || PROHIBITION.test(words) || /\b(?:do|does|shall)\s+not\s+apply\b/i.test(words);
}

/**
 * "the measures set out below", "the following measures": the run of paragraphs after `paragraph`
 * that hold measures, as a target ("3-7"), or undefined when the next paragraph holds none.
 */
export function followingMeasures(document: ResolutionDocument, paragraph: OperativeParagraph): Reference | undefined {
  const at = document.operative.indexOf(paragraph);
  if (at < 0) return undefined;
  const run: number[] = [];
  for (const next of document.operative.slice(at + 1)) {
    if (next.number === undefined || !holdsMeasure(next)) break;
    run.push(next.number);
  }
  if (run.length === 0) return undefined;
  const first = run[0]!;
  const last = run.at(-1)!;
  return { paragraphs: [first === last ? String(first) : `${first}-${last}`] };
}
