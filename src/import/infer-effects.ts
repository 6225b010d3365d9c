import type { Effect, OperativeParagraph, ResolutionDocument } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';
import { annexMeasures } from './infer/annex-measures.js';
import type { Cue } from './infer/cue.js';
import { guessMeasures } from './infer/measures-from-words.js';
import { readOpening } from './infer/opening.js';
import { paragraphWords } from './infer/paragraph-words.js';
import type { ReadingContext } from './infer/reading.js';
import { READERS } from './infer/readers.js';

export type { Cue } from './infer/cue.js';

/**
 * Proposes the legal effects of an operative paragraph from its opening verb and wording, and the
 * measures it concerns from its keywords. Every proposal is marked `inferred: true`: it is a
 * reading for a person to confirm against the text, never a conclusion.
 */
export interface InferredEffects {
  effects: Effect[];
  measures: MeasureCode[];
  /** `cues[k]`: the wording in the paragraph's own text (its chapeau) that `effects[k]` was read from. */
  cues: Cue[];
}

/**
 * The effects and measures proposed for one operative paragraph, read by the formula families of
 * src/import/infer/ (the first that recognises the paragraph). `document` is the resolution being
 * built, for readings that need its other paragraphs ("the measures set out below").
 */
export function inferEffects(paragraph: OperativeParagraph, document: ResolutionDocument): InferredEffects {
  const chapeau = paragraph.text ?? '';
  const words = paragraphWords(paragraph);
  const measures = [...new Set([...guessMeasures(words), ...annexMeasures(words, document)])];
  const context: ReadingContext = { paragraph, chapeau, words, opening: readOpening(chapeau), measures, document };
  for (const read of READERS) {
    const readings = read(context);
    if (readings.length > 0) return { effects: readings.map((r) => ({ ...r.effect, inferred: true })), measures, cues: readings.map((r) => r.cue) };
  }
  return { effects: [], measures, cues: [] };
}
