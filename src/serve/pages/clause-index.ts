import type { Clause, ResolutionDocument } from '../../model/document.js';
import { walkOperative } from '../../model/paragraph-path.js';

/** Every preambular paragraph, operative paragraph and subparagraph of a document, by id. */
export function clauseIndex(document: ResolutionDocument): Map<string, Clause> {
  const index = new Map<string, Clause>();
  for (const paragraph of document.preamble) index.set(paragraph.id, paragraph);
  for (const { clause } of walkOperative(document)) index.set(clause.id, clause);
  return index;
}
