/**
 * How a text came to read as it does across its revisions (`traceHistory`, docs/negotiation.md).
 * Plain data, JSON-serialisable. Revisions are referred to by their 0-based index in `revisions`.
 */
import type { BracketChange, DocumentLabel, Redline } from '../../diff/types.js';

export interface RevisionInfo {
  /** As the person asking named it: the file name. */
  name: string;
  document: DocumentLabel;
}

export type HistoryEvent =
  /** The paragraph entered the text: added, or made by splitting or merging paragraphs (`from`: their places before). */
  | { kind: 'appeared'; revision: number; how: 'added' | 'split' | 'merged' | 'first'; from?: string[] }
  /** Its wording changed (its subparagraphs' included), word by word. */
  | { kind: 'reworded'; revision: number; redline: Redline }
  /** It went to another place ("op 5" → "op 8", or from the preamble to the operative part). */
  | { kind: 'moved'; revision: number; from: string; to: string }
  /** A negotiation bracket in it was opened, resolved, dropped or re-attributed (`by`: the delegations concerned). */
  | { kind: 'bracket'; revision: number; change: BracketChange['kind']; options: string[]; by: string[] };

/** A run of the final wording that came in at one revision. */
export interface BlameRun {
  revision: number;
  text: string;
}

export interface ParagraphHistory {
  /** Its id and place in the last revision. */
  id: string;
  at: string;
  /** The revision where it (or the paragraphs it was made from) first appeared. */
  appeared: number;
  events: HistoryEvent[];
  /** Each word of its final wording (subparagraphs after their labels), by the revision that brought it in. */
  blame: BlameRun[];
}

export interface DroppedParagraph {
  id: string;
  /** Where it stood, and what it said, in the last revision that had it. */
  was: string;
  text: string;
  lastIn: number;
  droppedIn: number;
}

export interface TextHistory {
  revisions: RevisionInfo[];
  /** Every paragraph of the last revision, in its order. */
  paragraphs: ParagraphHistory[];
  /** Paragraphs that left the text on the way, in the order they left it. */
  dropped: DroppedParagraph[];
  /** Words of the final text by the revision that brought them in (one count per revision). */
  wordsByRevision: number[];
}
