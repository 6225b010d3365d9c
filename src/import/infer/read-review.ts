import type { Reader } from './reading.js';
import { asTarget, citationAfter, notCommittee, paragraphs } from './targets.js';
import { throughThisResolution } from './through-this-resolution.js';
import { orThisResolution } from './this-resolution.js';

/** "Expresses its readiness to review … with a view to lifting", "Confirms that it is prepared to lift …". */
const READY_TO = /\b(?:readiness|ready|prepared|willingness)\b[^;]*?\b(review|lift(?:ing)?|suspend(?:ing)?|terminat(?:e|ing)|end(?:ing)?)\s+(?:(?:all|the|its|these|those|such)\s+)*(?:[\w-]+\s+){0,2}?(?:measures|provisions|prohibitions|restrictions|sanctions|embargo|decisions?)\b/i;
/** "Decides to review the measures …", "the Security Council shall … review the measures imposed by …", "to keep the measures under review". */
const REVIEWS = /\b(?:to|shall|will)[\s,]+(?:[\w,]+\s+){0,16}?(review)\s+(?:the|its|these|those|all|such)\s+(?:[\w-]+\s+){0,3}?(?:measures|provisions|prohibitions|restrictions|sanctions|embargo|decisions?|exceptions?|exemptions?)\b|\bkeep\s+(?:the|these|those|all|such)\s+(?:[\w-]+\s+){0,3}?(?:measures|provisions|prohibitions|restrictions|sanctions|embargo)\b[^;]{0,80}?\bunder\s+(?:constant\s+|continuous\s+|regular\s+)?(review)\b/i;

/** A readiness to review or lift measures, or a decision to review them: no legal effect yet, but watched. */
export const readReview: Reader = ({ paragraph, chapeau, opening, document }) => {
  const ready = READY_TO.exec(chapeau);
  const decided = ready ? undefined : opening?.binding ? REVIEWS.exec(chapeau) : undefined;
  const match = ready ?? decided;
  if (!match) return [];
  const word = match[1] ?? match[2]!;
  const offset = match.index + match[0].lastIndexOf(word);
  const target = orThisResolution(throughThisResolution(document, asTarget(citationAfter(paragraph, chapeau, match.index, paragraphs) ?? citationAfter(paragraph, chapeau, match.index, notCommittee))), document, chapeau, offset);
  return [{ effect: { action: 'review', ...(target ? { target } : {}) }, cue: { offset, wording: word } }];
};
