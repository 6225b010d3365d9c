import type { Reference } from '../model/document.js';
import { resolveTargets } from '../model/paragraph-path.js';
import { indexClauses, type IndexedClause } from './provision.js';
import type { RegimeDocument } from './regime-document.js';

/** What a reference designates in one document: some of its clauses, or the document as a whole. */
export interface TargetScope {
  document: RegimeDocument;
  /** Absent where the reference names the whole resolution ("the measures of resolution 253 (1968)"). */
  clauses?: IndexedClause[];
}

export type TargetProblem =
  | { kind: 'unknown-resolution'; resolution: string }
  | { kind: 'missing'; document: RegimeDocument; what: string }
  | { kind: 'malformed'; entry: string };

export interface ResolvedTarget {
  scopes: TargetScope[];
  problems: TargetProblem[];
}

/** The documents of one consolidation, in order, with their clauses indexed by id. */
export class RegimeIndex {
  private readonly byKey = new Map<string, RegimeDocument>();
  private readonly clauses = new Map<RegimeDocument, Map<string, IndexedClause>>();

  constructor(readonly documents: readonly RegimeDocument[]) {
    for (const document of documents) {
      if (!this.byKey.has(document.key)) this.byKey.set(document.key, document);
      this.clauses.set(document, indexClauses(document));
    }
  }

  clausesOf(document: RegimeDocument): Map<string, IndexedClause> {
    return this.clauses.get(document)!;
  }

  position(document: RegimeDocument): number {
    return this.documents.indexOf(document);
  }

  /**
   * Resolves a reference made by a clause of `acting`. A chain ("resolutions 232 (1966), 253
   * (1968) and subsequent related resolutions") covers the resolutions named and every later
   * one of the regime adopted before the acting document.
   */
  resolve(reference: Reference, acting: RegimeDocument): ResolvedTarget {
    const problems: TargetProblem[] = [];
    const find = (citation: string) => {
      const document = this.byKey.get(citation);
      if (!document) problems.push({ kind: 'unknown-resolution', resolution: citation });
      return document;
    };
    if (reference.resolutions) {
      const named = reference.resolutions.map(find).filter((d): d is RegimeDocument => d !== undefined);
      const covered = new Set(named);
      if (reference.andSubsequent && named.length > 0) {
        const from = Math.min(...named.map((d) => this.position(d)));
        const to = this.position(acting);
        for (const document of this.documents.slice(from + 1, to < 0 ? undefined : to)) covered.add(document);
      }
      covered.delete(acting);
      return { scopes: [...covered].sort((a, b) => this.position(a) - this.position(b)).map((document) => ({ document })), problems };
    }
    const document = reference.resolution ? find(reference.resolution) : acting;
    if (!document) return { scopes: [], problems };
    if (!reference.paragraphs && !reference.clauses) return { scopes: [{ document }], problems };
    const index = this.clausesOf(document);
    const targets = resolveTargets(document.loaded.document, reference);
    for (const entry of targets.malformed) problems.push({ kind: 'malformed', entry });
    for (const what of targets.missing) problems.push({ kind: 'missing', document, what });
    const clauses: IndexedClause[] = [];
    for (const id of targets.ids) {
      const clause = index.get(id);
      // Only operative clauses can be acted on; a preambular id is as good as absent.
      if (clause) clauses.push(clause);
      else problems.push({ kind: 'missing', document, what: `clause \`${id}\`` });
    }
    return { scopes: clauses.length > 0 ? [{ document, clauses }] : [], problems };
  }
}
