import { citationOf, citedResolutions } from '../model/citation.js';
import { resolveTargets } from '../model/paragraph-path.js';
import type { Reference, ResolutionDocument } from '../model/document.js';

/** A document known to a run; for references, its clauses and numbers are enough (see `outlineOf`). */
export interface CorpusEntry {
  file: string;
  document: ResolutionDocument;
}

export type TargetCheck =
  | { kind: 'outside'; resolution: string }
  | { kind: 'missing'; resolution: string; what: string; inPresentDocument: boolean }
  | { kind: 'malformed'; entry: string };

/** The resolutions known to a run: the files being checked and the corpus they refer to. */
export class Corpus {
  private readonly byCitation = new Map<string, CorpusEntry>();

  /** Where two documents are cited alike, the first is kept: the files being checked come before the corpus folders. */
  constructor(documents: Iterable<CorpusEntry>) {
    for (const entry of documents) {
      const citation = citationOf(entry.document);
      if (citation && !this.byCitation.has(citation)) this.byCitation.set(citation, entry);
    }
  }

  /** Whether a document cited so ("841 (1993)") is known to the run. */
  has(citation: string): boolean {
    return this.byCitation.has(citation);
  }

  /**
   * Checks that each paragraph and clause a reference names exists in the cited document
   * (`self` when the reference has no resolution). Returns one result per problem.
   */
  checkReference(reference: Reference, self: CorpusEntry): TargetCheck[] {
    const citations = citedResolutions(reference);
    if (citations.length === 0) return this.checkIn(reference, self, 'the present document', true);
    return citations.flatMap((citation) => {
      const target = this.byCitation.get(citation);
      if (!target) return [{ kind: 'outside', resolution: citation } as const];
      return reference.resolutions ? [] : this.checkIn(reference, target, `resolution ${citation}`, target.file === self.file);
    });
  }

  private checkIn(reference: Reference, target: CorpusEntry, name: string, inPresentDocument: boolean): TargetCheck[] {
    const { malformed, missing } = resolveTargets(target.document, reference);
    return [...malformed.map((entry) => ({ kind: 'malformed', entry }) as const), ...missing.map((what) => ({ kind: 'missing', resolution: name, what, inPresentDocument }) as const)];
  }
}
