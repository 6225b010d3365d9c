import { actsOnSubject } from './targets-around.js';

/** Words that name measures: "the measures", "the prohibitions", "sanctions", "the embargo", "the provisions of paragraphs …". */
const MEASURE_NOUNS = /\b(?:measures|provisions|prohibitions?|restrictions|sanctions|embargo|obligations)\b|\bparagraphs?\s+\d/i;
/** What is no measure: a mission's mandate, a truce, a cease-fire, a membership. */
const NOT_MEASURES = /\b(?:mandate|mission|truce|cease-fire|membership|force)\b/i;
/** How far from the verb its object is looked for. */
const SPAN = 160;

/** The words the verb at `verbAt` acts on: before it when it acts on its subject, after it otherwise, within the clause. */
export function objectSpan(text: string, verbAt: number): string {
  return actsOnSubject(text, verbAt) ? text.slice(Math.max(0, verbAt - SPAN), verbAt).split(/[;:]/).at(-1)! : text.slice(verbAt, verbAt + SPAN).split(/[;:]/)[0]!;
}

/**
 * Whether the verb at `verbAt` acts on measures: its object (after an active verb, "to terminate the
 * measures …"; before a passive one or a predicate, "the measures … are suspended") names measures
 * before it names a mission, a mandate or a truce.
 */
export function actsOnMeasures(text: string, verbAt: number): boolean {
  const span = objectSpan(text, verbAt);
  const measure = MEASURE_NOUNS.exec(span);
  if (!measure) return false;
  const other = NOT_MEASURES.exec(span);
  if (!other) return true;
  // Before a passive verb the subject nearest the verb counts; after an active one, the first object.
  return actsOnSubject(text, verbAt) ? measure.index > other.index : measure.index < other.index;
}
