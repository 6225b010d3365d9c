import type { Reference } from '../../model/document.js';
import { effectTiming } from './effect-timing.js';
import { untilNote } from './effective.js';
import { followingMeasures } from './following-measures.js';
import type { Reader } from './reading.js';
import { asTarget, citationBefore } from './targets.js';

/** "… shall come into force at 00.01 EST on 23 June 1993", "all States shall adopt the measures set out below", "to take the following measures, which shall come into force …". */
const COMES_INTO_FORCE = /\bshall\s+(?:come|enter)\s+into\s+force\b|\bshall\s+adopt\s+the\s+measures\b|\bshall\s+take\s+effect\b/i;
const HERE = (r: Reference): boolean => r.resolution === undefined && r.resolutions === undefined && !r.committee && r.paragraphs !== undefined;

/**
 * The Council sets when measures of this resolution take hold: the paragraphs it names, as named
 * (or the measures that follow, "set out below"), with the time, the delay after adoption, the "unless …"
 * and any condition precedent ("if at any time … the Secretary-General reports …").
 */
export const readEntryIntoForce: Reader = ({ paragraph, chapeau, opening, document }) => {
  const match = COMES_INTO_FORCE.exec(chapeau);
  if (!match || !opening?.binding) return [];
  const named = asTarget(citationBefore(paragraph, chapeau, match.index, HERE));
  const target = named ?? (/\b(?:following|below)\b/i.test(chapeau) ? followingMeasures(document, paragraph) : undefined);
  const effective = effectTiming(chapeau, match.index);
  const note = untilNote(chapeau);
  return [{ effect: { action: 'impose', ...(target ? { target } : {}), ...(effective ? { effective } : {}), ...(note ? { note } : {}) }, cue: { offset: match.index, wording: match[0] } }];
};
