import { actsOnMeasures } from './acts-on-measures.js';
import { measuresActedOn } from './measure-target.js';
import type { Reader } from './reading.js';
import { asTarget, citationsBetween, notCommittee } from './targets.js';

/** "all States shall continue to prevent …": a decision that a measure goes on. */
const CONTINUE_TO = /\bcontinue\s+to\s+(?:prevent|prohibit|apply|implement|ensure|enforce|freeze|deny|observe|refrain|impose|maintain|comply|give\s+effect)\b/i;
/** "shall remain in force", "all provisions of which shall fully remain in force", "shall continue in effect". */
const REMAINS = /\bshall\s+(?:\w+\s+)?(?:remain|continue)\s+(?:\w+\s+)?in\s+(?:force|effect)\b|\bshall\s+continue\s+to\s+(?:apply|have\s+effect|be\s+in\s+(?:force|effect))\b/i;
/** "Reaffirms its decision that …", "Reiterates its decisions". */
const RESTATES = /\b(?:reaffirms|reiterates|confirms|recalls)\s+(?:its|the)\s+decisions?\b/i;

/**
 * A measure goes on: "continue to prevent …", "shall remain in force" (said of measures, not of a
 * truce), "Reaffirms its decision that …" (restating a measure the words name). The existing
 * measure gains history; it is never a second measure. The target is what the words cite; without
 * a citation, the measures the words name.
 */
export const readContinue: Reader = ({ paragraph, chapeau, opening, measures }) => {
  const continues = opening?.binding ? CONTINUE_TO.exec(chapeau) : null;
  const remains = continues ? null : REMAINS.exec(chapeau);
  const restates = continues || remains || !opening?.restatesDecision ? null : RESTATES.exec(chapeau);
  const match = continues ?? (remains && actsOnMeasures(chapeau, remains.index) ? remains : null) ?? (restates && measuresActedOn(measures) ? restates : null);
  if (!match) return [];
  // "… shall remain fully in force until the aims set out in resolution 253 (1968) are achieved": what follows "until" is no target.
  const until = chapeau.slice(match.index).search(/\buntil\b/i);
  const target = asTarget(citationsBetween(paragraph, chapeau, 0, until < 0 ? chapeau.length : match.index + until, notCommittee)[0]);
  const acted = target ? undefined : measuresActedOn(measures);
  return [{ effect: { action: 'continue', ...(target ? { target } : {}), ...(acted ? { measures: acted } : {}) }, cue: { offset: match.index, wording: match[0] } }];
};
