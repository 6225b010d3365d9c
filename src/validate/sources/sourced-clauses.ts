import type { AnnexItem, Clause, ResolutionDocument } from '../../model/document.js';
import { walkOperative, type DataPath } from '../../model/paragraph-path.js';

/** A clause or annex entry that may cite sources, with where it sits and its place among the operative clauses. */
export interface SourcedClause {
  clause: Clause | AnnexItem;
  at: DataPath;
  /** For an operative paragraph or subparagraph: its subparagraphs, whose sources also bear on its number and effects. */
  descendants: Array<Clause | AnnexItem>;
}

function annexItems(items: readonly AnnexItem[], at: DataPath, into: SourcedClause[]): void {
  for (const [index, item] of items.entries()) {
    into.push({ clause: item, at: [...at, index], descendants: [] });
    if (item.items) annexItems(item.items, [...at, index, 'items'], into);
  }
}

/** Every preambular paragraph, operative clause and annex entry of the document, in document order. */
export function sourcedClauses(document: ResolutionDocument): SourcedClause[] {
  const found: SourcedClause[] = document.preamble.map((clause, index) => ({ clause, at: ['preamble', index], descendants: [] }));
  const operative = walkOperative(document);
  for (const [index, { clause, at, depth }] of operative.entries()) {
    const descendants: Clause[] = [];
    for (let next = index + 1; next < operative.length && operative[next]!.depth > depth; next++) descendants.push(operative[next]!.clause);
    found.push({ clause, at, descendants });
  }
  for (const [index, annex] of (document.annexes ?? []).entries()) annexItems(annex.items, ['annexes', index, 'items'], found);
  return found;
}
