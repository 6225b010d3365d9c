import type { ResolutionDocument } from '../model/document.js';
import { Anchors } from './anchors.js';
import { diffAnnexes } from './annexes.js';
import { classifyClauses } from './classify.js';
import { paragraphUnits } from './clause-units.js';
import { forceChanges, type PairedClause } from './force.js';
import { diffMetadata } from './metadata.js';
import { diffParts } from './parts.js';
import type { RedlineOptions } from './redline.js';
import { summarise } from './summary.js';
import { documentLabel } from './document-label.js';
import { DIFF_VERSION, type ResolutionDiff } from './types.js';

export interface DiffOptions {
  /** Bounds on the word-level redline of each clause. */
  redline?: RedlineOptions;
}


/**
 * Compares two versions of a resolution or draft clause by clause (docs/diff.md): document
 * fields, every preambular and operative paragraph (unchanged, reworded with a word-level
 * redline, added, removed, moved, renumbered, split, merged) down to subparagraphs, changes of
 * legal force, declared effects and measures, annex entries, and the parts A, B, C … of a
 * resolution divided into parts (added, removed, relabelled, retitled; a paragraph that went to
 * another part is moved). Words are compared in the new
 * document's language.
 */
export function diffResolutions(old: ResolutionDocument, updated: ResolutionDocument, options: DiffOptions = {}): ResolutionDiff {
  const pairs: PairedClause[] = [];
  const clauses = classifyClauses(paragraphUnits(old), paragraphUnits(updated), {
    language: updated.language,
    redline: options.redline ?? {},
    anchors: new Anchors(),
    onPair: (change, before, after) => pairs.push({ change, old: before, new: after }),
  });
  const force = forceChanges(pairs, old, updated, clauses);
  const metadata = diffMetadata(old, updated);
  const annexes = diffAnnexes(old.annexes, updated.annexes, updated.language, options.redline);
  const divided = old.parts !== undefined || updated.parts !== undefined;
  const parts = diffParts(old.parts, updated.parts);
  const identical = metadata.length === 0 && force.length === 0 && annexes.length === 0 && parts.length === 0 && clauses.every((change) => change.kind === 'unchanged' && !change.effects && !change.measures && !change.brackets);
  const summary = summarise(clauses, force, metadata, annexes, divided ? parts : undefined);
  const diff: ResolutionDiff = { version: DIFF_VERSION, old: documentLabel(old), new: documentLabel(updated), identical, summary, metadata, force, clauses, annexes };
  return divided ? { ...diff, parts } : diff;
}
