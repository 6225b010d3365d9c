import { readEffective, untilNote } from './effective.js';
import { PROHIBITION, STATES_SHALL } from './obligations.js';
import type { Reader } from './reading.js';

/**
 * The Council obliges States to stop something: "Decides that all States shall prevent …",
 * "shall cease forthwith any provision … of arms and related matériel", "immediately implement a
 * general and complete embargo on all deliveries of weapons and military equipment", "freeze",
 * "deny permission to any aircraft …". The duty may stand in the chapeau and the prohibitions in
 * subparagraphs (then the paragraph's verb is the cue). A call, an appeal or a request never imposes.
 */
export const readImpose: Reader = ({ chapeau, words, opening }) => {
  if (!opening?.binding || !STATES_SHALL.test(words) || !PROHIBITION.test(words)) return [];
  const prohibition = PROHIBITION.exec(chapeau);
  const cue = prohibition ? { offset: prohibition.index, wording: prohibition[0] } : { offset: opening.offset, wording: opening.wording };
  const effective = readEffective(chapeau);
  const note = untilNote(chapeau);
  return [{ effect: { action: 'impose', ...(effective ? { effective } : {}), ...(note ? { note } : {}) }, cue }];
};
