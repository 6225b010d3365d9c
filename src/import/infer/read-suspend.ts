import { actsOnMeasures } from './acts-on-measures.js';
import { effectTiming } from './effect-timing.js';
import { measuresActedOn } from './measure-target.js';
import type { Reader } from './reading.js';
import { notCommittee } from './targets.js';
import { targetAround } from './targets-around.js';
import { orThisResolution } from './this-resolution.js';
import { throughThisResolution } from './through-this-resolution.js';

/** The verb (emphasised or quoted: "are *suspended*", "are “suspended”"), not the participle that names measures already suspended ("the measures suspended by paragraph 1 above"). */
const SUSPENDS = /(?<=\b(?:to|shall|hereby|will)\s+(?:\w+\s+)?[^\w\s]?)suspend\b|(?<=\b(?:be|are|is|been|hereby)\s+(?:\w+\s+)?[^\w\s]?)suspended\b|\bsuspends\b/i;
/** "all States shall … suspend …": States suspending something is a measure, read as one. */
const STATES_SUSPEND = /\bStates\b[^;]*\bshall\s+(?:\w+\s+){0,3}suspend\b/i;

/** "Decides that the measures set out in paragraphs 5 to 9 of resolution 841 (1993) are suspended with immediate effect". */
export const readSuspend: Reader = ({ paragraph, chapeau, opening, measures, document }) => {
  const match = SUSPENDS.exec(chapeau);
  if (!match || !opening?.binding || !actsOnMeasures(chapeau, match.index) || STATES_SUSPEND.test(chapeau)) return [];
  const target = orThisResolution(throughThisResolution(document, targetAround(paragraph, chapeau, match.index, notCommittee)), document, chapeau, match.index);
  const effective = effectTiming(chapeau, match.index);
  const acted = target ? undefined : measuresActedOn(measures);
  return [{ effect: { action: 'suspend', ...(target ? { target } : {}), ...(effective ? { effective } : {}), ...(acted ? { measures: acted } : {}) }, cue: { offset: match.index, wording: match[0] } }];
};
