import { readEffective } from './effective.js';
import { measuresActedOn } from './measure-target.js';
import { PROHIBITION } from './obligations.js';
import type { Reader } from './reading.js';
import { notCommittee } from './targets.js';
import { targetAround } from './targets-around.js';
import { orThisResolution } from './this-resolution.js';

/** "the measures imposed by paragraph 3 above do not apply to …", "shall not apply to", "may be released", "shall be exempted from", "Decides to exempt". */
const EXEMPTS = /\b(?:do|does|shall|will)\s+not\s+(?:be\s+)?appl(?:y|ied)\b|\bmay\s+be\s+released\b|\b(?:shall\s+be\s+|are\s+|is\s+|to\s+)exempt(?:ed)?\b/i;
/** "with the exception of …", "except …": an exemption only where the paragraph imposes nothing itself. */
const EXCEPTS = /\bwith\s+the\s+exception\s+of\b|\bexcept\b/i;

/**
 * An exemption from measures named by paragraph or subparagraph ("paragraph 3 (d)"): the target is
 * what the words name, never every measure of a resolution; it loosens and never ends a measure.
 */
export const readExempt: Reader = ({ paragraph, chapeau, opening, measures, document }) => {
  if (!opening?.binding) return [];
  const exempts = EXEMPTS.exec(chapeau);
  const excepts = exempts ? undefined : EXCEPTS.exec(chapeau);
  const match = exempts ?? (excepts && !PROHIBITION.test(chapeau) ? excepts : undefined);
  if (!match) return [];
  const target = orThisResolution(targetAround(paragraph, chapeau, match.index, notCommittee), document, chapeau, match.index);
  if (!exempts && !target) return [];
  const effective = readEffective(chapeau);
  const acted = measuresActedOn(measures);
  return [{ effect: { action: 'exempt', ...(target ? { target } : {}), direction: 'loosen', ...(effective ? { effective } : {}), ...(acted ? { measures: acted } : {}) }, cue: { offset: match.index, wording: match[0] } }];
};
