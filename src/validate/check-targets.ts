import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { Position } from '../model/location.js';
import type { Reference, ResolutionDocument } from '../model/document.js';
import { entryProblem, type DataPath } from '../model/paragraph-path.js';
import type { Corpus, CorpusEntry } from './corpus.js';
import type { SchemaTrust } from './schema-trust.js';

/** An effect's target, to be checked against the corpus once every file has been read. */
export interface EffectTarget {
  /** Where the target sits in the file's data. */
  at: DataPath;
  action: string;
  reference: Reference;
  /** Whether the schema vouched for every clause of the file (see `SchemaTrust.vouchesForClauses`). */
  clausesKnown: boolean;
}

/**
 * The effect targets of a document (only operative paragraphs have effects). An effect with any
 * schema error is left out: its target may be the very thing refused.
 */
export function effectTargets(document: ResolutionDocument, trust: SchemaTrust): EffectTarget[] {
  const clausesKnown = trust.vouchesForClauses();
  const targets: EffectTarget[] = [];
  for (const [p, paragraph] of document.operative.entries()) {
    for (const [e, effect] of (paragraph.effects ?? []).entries()) {
      const at = ['operative', p, 'effects', e];
      if (effect.target && trust.vouchesFor(at)) targets.push({ at: [...at, 'target'], action: effect.action, reference: effect.target, clausesKnown });
    }
  }
  return targets;
}

/**
 * Checks that every target points at paragraphs and clauses that exist, in `self` or in the
 * corpus. A reference into the document itself does not "find nothing" while some clause,
 * number or id of the document is unknown: the refused one may be the clause it names.
 */
export function checkTargets(targets: readonly EffectTarget[], self: CorpusEntry, corpus: Corpus, locate: (at: DataPath) => Position): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { at, action, reference, clausesKnown } of targets) {
    for (const problem of corpus.checkReference(reference, self)) {
      if (problem.kind === 'missing' && problem.inPresentDocument && !clausesKnown) continue;
      const report = (severity: Diagnostic['severity'], code: string, message: string, hint: string) => found.push(diagnostic(self.file, locate(at), severity, code, message, hint));
      if (problem.kind === 'outside') {
        report('info', 'unresolved-target', `resolution ${problem.resolution} is not in the corpus, so this ${action} effect cannot be checked`, 'add the resolution to `resolutions/` to check it');
      } else if (problem.kind === 'missing') {
        report('error', 'dangling-target', `this ${action} effect points to ${problem.what} of ${problem.resolution}, which does not exist`, 'correct the paragraph number or clause id');
      } else {
        const { code, message, hint } = entryProblem(problem.entry);
        report('error', code, message, hint);
      }
    }
  }
  return found;
}
