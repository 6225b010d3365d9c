import type { ResolutionDocument } from '../../model/document.js';
import { finishMerge } from './finish-merge.js';
import { planMerge } from './plan-merge.js';
import { summariseMerge } from './summarise.js';
import type { DelegationCopy, MergeResult } from './types.js';

export interface MergeOptions {
  /** The `$schema` path written at the top of the merged file. */
  schemaPath: string;
  /** The file the merged text is for, to name in any fault. */
  file?: string;
}

/**
 * Merges delegations' marked-up copies of a base text into the next revision (docs/negotiation.md):
 * what one delegation changed, or several the same way, is taken; different changes to one
 * paragraph stand in negotiation brackets, one alternative per delegation; a paragraph removed by
 * some and changed by others stays, bracketed, with who would delete it. Returns the merged
 * document, numbered as `fmt` would, its YAML, and the summary: conflicts first, per delegation,
 * per paragraph. Throws `NegotiationRefusal` for copies that are not versions of the base.
 */
export function mergeCopies(base: ResolutionDocument, copies: readonly DelegationCopy[], options: MergeOptions): MergeResult & { yaml: string } {
  const plan = planMerge(base, copies);
  const finished = finishMerge(plan.document, options.schemaPath, options.file);
  const { paragraphs, delegations } = summariseMerge(base, plan, finished.document);
  const conflicts = paragraphs.filter((p) => p.outcome === 'conflict' || p.outcome === 'bracketed').length;
  return { document: finished.document, yaml: finished.yaml, delegations, paragraphs, conflicts };
}
