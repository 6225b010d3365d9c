import { measuresActedOn } from './measure-target.js';
import type { Reader } from './reading.js';
import { asTarget, citationBefore, notCommittee } from './targets.js';

/** "Confirms that the decision taken in resolution 748 (1992) that … includes …", "the measures … shall also apply to …". */
const WIDENS = /\b(?:includes|shall\s+(?:also\s+)?include|shall\s+(?:also\s+)?apply\s+(?:also\s+|equally\s+)?to|shall\s+(?:be\s+)?extend(?:ed)?\s+to)\b/i;
const MEASURE_SUBJECT = /^\s*(?:that\s+)?(?:,[^,]*,\s*)?(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:decisions?|measures|prohibitions|provisions|embargo|restrictions)\b/i;

/** A measure already decided is widened to more items, persons or places: `extend`, tightening it, target the decision cited. */
export const readExtend: Reader = ({ paragraph, chapeau, opening, measures }) => {
  if (!opening || (!opening.binding && !opening.restatesDecision)) return [];
  const after = chapeau.slice(opening.offset + opening.wording.length);
  if (!MEASURE_SUBJECT.test(after)) return [];
  const match = WIDENS.exec(chapeau);
  if (!match) return [];
  const target = asTarget(citationBefore(paragraph, chapeau, match.index, notCommittee));
  if (!target) return [];
  const acted = measuresActedOn(measures);
  return [{ effect: { action: 'extend', target, direction: 'tighten', ...(acted ? { measures: acted } : {}) }, cue: { offset: match.index, wording: match[0] } }];
};
