import { actsOnMeasures } from './acts-on-measures.js';
import { measureChange } from './measure-change.js';
import type { Reader } from './reading.js';

/** The verb (emphasised or quoted: "are *suspended*", "are “suspended”"), not the participle that names measures already suspended ("the measures suspended by paragraph 1 above"). */
const SUSPENDS = /(?<=\b(?:to|shall|hereby|will)\s+(?:\w+\s+)?[^\w\s]?)suspend\b|(?<=\b(?:be|are|is|been|hereby)\s+(?:\w+\s+)?[^\w\s]?)suspended\b|\bsuspends\b/i;
/** "all States shall … suspend …": States suspending something is a measure, read as one. */
const STATES_SUSPEND = /\bStates\b[^;]*\bshall\s+(?:\w+\s+){0,3}suspend\b/i;

/** "Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended with immediate effect". */
export const readSuspend: Reader = (context) => {
  const { chapeau, opening } = context;
  const match = SUSPENDS.exec(chapeau);
  if (!match || !opening?.binding || !actsOnMeasures(chapeau, match.index) || STATES_SUSPEND.test(chapeau)) return [];
  return [measureChange('suspend', match, context)];
};
