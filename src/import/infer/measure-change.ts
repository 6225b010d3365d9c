import type { Effect } from '../../model/document.js';
import { effectTiming } from './effect-timing.js';
import { measuresActedOn } from './measure-target.js';
import type { Reading, ReadingContext } from './reading.js';
import { notCommittee } from './targets.js';
import { targetAround } from './targets-around.js';
import { orThisResolution } from './this-resolution.js';
import { throughThisResolution } from './through-this-resolution.js';

/**
 * A measure is suspended or ends, by the verb `match` found: the target is what the words cite
 * around the verb (through this resolution's own paragraphs, or this resolution itself), its
 * timing, and, where nothing is cited, the measures the words name.
 */
export function measureChange(action: Extract<Effect['action'], 'suspend' | 'terminate'>, match: RegExpExecArray, { paragraph, chapeau, measures, document }: ReadingContext): Reading {
  const target = orThisResolution(throughThisResolution(document, targetAround(paragraph, chapeau, match.index, notCommittee)), document, chapeau, match.index);
  const effective = effectTiming(chapeau, match.index);
  const acted = target ? undefined : measuresActedOn(measures);
  return { effect: { action, ...(target ? { target } : {}), ...(effective ? { effective } : {}), ...(acted ? { measures: acted } : {}) }, cue: { offset: match.index, wording: match[0] } };
}
