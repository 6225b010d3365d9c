import type { OperativeParagraph, PreambularParagraph, Subparagraph } from '../../model/document.js';
import { squeezeSpace } from '../../text/squeeze-space.js';

export type Paragraph = PreambularParagraph | OperativeParagraph;
export type AnyClause = Paragraph | Subparagraph;

/** Fields that say where a clause stands, not what it says: they never make two versions differ. */
const PLACE = new Set(['id', 'numberStatus', 'part']);

function clauseContent(clause: AnyClause, isSubparagraph: boolean): unknown {
  const record = clause as unknown as Record<string, unknown>;
  return Object.keys(record)
    .filter((k) => record[k] !== undefined && !PLACE.has(k) && (k !== 'number' || isSubparagraph))
    .sort()
    .map((k) => {
      if (k === 'text') return [k, squeezeSpace(record[k] as string)];
      if (k === 'subparagraphs') return [k, (record[k] as Subparagraph[]).map((sub) => clauseContent(sub, true))];
      return [k, record[k]];
    });
}

/**
 * What a paragraph says, as a string: equal for two versions that differ only in where they
 * stand (id, paragraph number, part) or in whitespace. A subparagraph's letter is part of what it says.
 */
export function paragraphKey(paragraph: AnyClause, isSubparagraph = false): string {
  return JSON.stringify(clauseContent(paragraph, isSubparagraph));
}

/** A list of paragraphs (none: removed; several: split) as one key. */
export function contentKey(paragraphs: readonly AnyClause[]): string {
  return JSON.stringify(paragraphs.map((p) => paragraphKey(p)));
}

/** Text compared as negotiators read it: whitespace is never a change. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  return (a === undefined ? undefined : squeezeSpace(a)) === (b === undefined ? undefined : squeezeSpace(b));
}
