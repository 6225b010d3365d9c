import type { Clause, OperativeParagraph, ResolutionDocument, Subparagraph } from '../model/document.js';

/** The clause printed last so far: the deepest last subparagraph, or the last preambular paragraph. */
export function lastClause(doc: ResolutionDocument): Clause | undefined {
  const last = doc.operative.at(-1);
  if (!last) return doc.preamble.at(-1);
  let clause: OperativeParagraph | Subparagraph = last;
  while (clause.subparagraphs?.length) clause = clause.subparagraphs.at(-1)!;
  return clause;
}
