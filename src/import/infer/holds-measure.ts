import type { OperativeParagraph } from '../../model/document.js';
import type { MeasureCode } from '../../model/measures.js';
import { sanctionMeasures } from './measure-target.js';
import { guessMeasures } from './measures-from-words.js';
import { PROHIBITION, STATES_SHALL } from './obligations.js';
import { readOpening } from './opening.js';
import { paragraphWords } from './paragraph-words.js';

/** The measures a paragraph imposes: a decision laying a prohibition on States, and the measures its words name; none otherwise. */
export function measuresImposedBy(paragraph: OperativeParagraph): MeasureCode[] {
  const words = paragraphWords(paragraph);
  if (!readOpening(paragraph.text ?? '')?.binding || !STATES_SHALL.test(words) || !PROHIBITION.test(words)) return [];
  return sanctionMeasures(guessMeasures(words));
}
