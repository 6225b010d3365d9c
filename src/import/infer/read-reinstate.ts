import { effectTiming } from './effect-timing.js';
import type { Reader } from './reading.js';
import { external, notCommittee } from './targets.js';
import { targetAround } from './targets-around.js';
import { throughThisResolution } from './through-this-resolution.js';

const REINSTATES = /\bterminate\s+(?:immediately\s+)?the\s+suspension\b|\breimpos(?:e|ed|es|ition)\b|\breinstat(?:e|ed|es)\b(?=\s+(?:the\s+|all\s+)?(?:measures|provisions|prohibitions|sanctions))/i;
const READINESS = /\b(?:readiness|ready|prepared|willingness)\b/i;

/** "to terminate the suspension of the measures …", "the measures shall be reimposed": a suspended measure applies again. A readiness to do so is a review. */
export const readReinstate: Reader = ({ paragraph, chapeau, opening, document }) => {
  const match = REINSTATES.exec(chapeau);
  if (!match) return [];
  const cue = { offset: match.index, wording: match[0] };
  if (READINESS.test(chapeau.slice(0, match.index))) {
    const target = throughThisResolution(document, targetAround(paragraph, chapeau, match.index, notCommittee));
    return [{ effect: { action: 'review', ...(target ? { target } : {}) }, cue }];
  }
  if (!opening?.binding) return [];
  const target = targetAround(paragraph, chapeau, match.index, external) ?? throughThisResolution(document, targetAround(paragraph, chapeau, match.index, notCommittee));
  const effective = effectTiming(chapeau, match.index);
  return [{ effect: { action: 'reinstate', ...(target ? { target } : {}), ...(effective ? { effective } : {}) }, cue }];
};
