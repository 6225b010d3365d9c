import type { Bracket, ResolutionDocument } from '../../model/document.js';
import { allClauseIds } from '../../model/paragraph-path.js';

/** A clause as import wrote it: its id, text, brackets and note. */
export interface FoundClause {
  id: string;
  text?: string;
  brackets?: Bracket[];
  note?: string;
}

/** Finds the clause a line of the imported text stands in: the last clause starting at or before it, unless the line was set aside. */
export class ClauseFinder {
  private readonly starts: Array<{ line: number; clause: FoundClause }>;

  constructor(
    document: ResolutionDocument,
    clauseLines: ReadonlyMap<string, number>,
    private readonly setAside: ReadonlySet<number>,
  ) {
    const byId = new Map<string, FoundClause>();
    for (const { id, at } of allClauseIds(document)) {
      let node: unknown = document;
      for (const key of at) node = (node as Record<string | number, unknown>)[key];
      byId.set(id, node as FoundClause);
    }
    this.starts = [...clauseLines]
      .flatMap(([id, line]) => {
        const clause = byId.get(id);
        return clause ? [{ line, clause }] : [];
      })
      .sort((a, b) => a.line - b.line);
  }

  at(line: number): FoundClause | undefined {
    if (this.setAside.has(line)) return undefined;
    let found: FoundClause | undefined;
    for (const start of this.starts) {
      if (start.line > line) break;
      found = start.clause;
    }
    return found;
  }

  /** Every clause, in the order of the text. */
  all(): FoundClause[] {
    return this.starts.map((s) => s.clause);
  }
}
