import type { Effect, OperativeParagraph, ResolutionDocument } from '../../model/document.js';
import type { MeasureCode } from '../../model/measures.js';
import type { Cue } from './cue.js';
import type { Opening } from './opening.js';

/** What every reader is given: the paragraph, its chapeau and all its words, how it opens, the measures its words name, the document. */
export interface ReadingContext {
  paragraph: OperativeParagraph;
  /** The paragraph's own text, before any subparagraph: cues are offsets into it. */
  chapeau: string;
  /** The chapeau and every subparagraph's words, in order. */
  words: string;
  opening: Opening | undefined;
  measures: MeasureCode[];
  document: ResolutionDocument;
}

/** An effect read from the words, with the wording it was read from. */
export interface Reading {
  effect: Effect;
  cue: Cue;
}

/** One formula family: the effects it reads in a paragraph, or none. */
export type Reader = (context: ReadingContext) => Reading[];
