import { actsOnMeasures } from './acts-on-measures.js';
import { measureChange } from './measure-change.js';
import type { Reader } from './reading.js';

/**
 * "to terminate the measures …", "are terminated", "shall have no further force or effect",
 * "shall cease to have effect", "Decides to lift …", "to end the measures …", "shall be lifted".
 */
const TERMINATES = /(?<=\b(?:to|shall|hereby)\s+[^\w\s]?)terminate\b|(?<=\b(?:are|be|is|been|hereby)\s+[^\w\s]?)terminated\b|\bshall\s+(?:have|be\s+of)\s+no\s+further\s+(?:force\s+(?:or|and)\s+)?effect\b|\bshall\s+cease\s+to\s+(?:have\s+(?:any\s+)?effect|be\s+in\s+force|apply)\b|(?<=\b(?:to|shall)\s+[^\w\s]?)(?:lift|end)\b|(?<=\b(?:are|be|is|hereby)\s+[^\w\s]?)lifted\b/i;

/**
 * A measure ends. Where the end waits for a later act or finding of the Council or the
 * Secretary-General ("once the Council agrees that …"), the termination is pending: its condition is
 * quoted in `effective.awaits` and it is never applied until a person records it met.
 */
export const readTerminate: Reader = (context) => {
  const { chapeau, opening } = context;
  const match = TERMINATES.exec(chapeau);
  if (!match || !opening?.binding || !actsOnMeasures(chapeau, match.index)) return [];
  return [measureChange('terminate', match, context)];
};
