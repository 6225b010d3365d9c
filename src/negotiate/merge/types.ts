/**
 * The result of merging delegations' marked-up copies of a draft into the next revision
 * (`mergeCopies`, docs/negotiation.md). Plain data, JSON-serialisable.
 */
import type { ResolutionDocument } from '../../model/document.js';

/** One delegation's marked-up copy of the base. */
export interface DelegationCopy {
  /** The delegation (or delegations, "France and Germany") the copy speaks for. */
  name: string;
  document: ResolutionDocument;
}

/**
 * What happened to one paragraph of the base (or one paragraph a copy added):
 * - `kept`: no copy changed it;
 * - `taken`: changed by one delegation, or the same way by several (`by`), and taken as is;
 * - `bracketed`: changed differently by several: their wordings stand in negotiation brackets;
 * - `conflict`: removed (or merged away) by some and changed by others: kept in brackets, or
 *   moved differently by several (kept where it stood).
 */
export type ParagraphOutcome = 'kept' | 'taken' | 'bracketed' | 'conflict';

/** What one delegation did to one paragraph. */
export type Touch = 'reworded' | 'added' | 'removed' | 'moved' | 'split' | 'merged';

export interface ParagraphMerge {
  /** The paragraph's id in the base; for a paragraph a copy added, its id in the merged text. */
  id: string;
  /** Where it stands in the merged text ("pp 2", "op 5"); absent when it left the text. */
  at?: string;
  /** Where it stood in the base ("op 4"); absent for an added paragraph. */
  was?: string;
  outcome: ParagraphOutcome;
  /** Each delegation that touched it, with what it did. */
  touchedBy: Array<{ delegation: string; touches: Touch[] }>;
  /** In a conflict or bracketed paragraph: what collides, in words. */
  detail?: string;
}

export interface DelegationSummary {
  delegation: string;
  /** Paragraphs it changed, by kind of change. */
  counts: Record<Touch, number>;
  /** Its changes taken into the merged text, and those in brackets or conflict. */
  taken: number;
  disputed: number;
}

export interface MergeResult {
  /** The merged revision, numbered and with ids for the paragraphs copies added. */
  document: ResolutionDocument;
  delegations: DelegationSummary[];
  /** Every paragraph, conflicts first, then bracketed, taken and kept ones, each in text order. */
  paragraphs: ParagraphMerge[];
  /** Paragraphs in conflict or brackets. */
  conflicts: number;
}
