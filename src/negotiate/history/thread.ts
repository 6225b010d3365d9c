import type { HistoryEvent } from './types.js';
import type { Tags } from './blame-tags.js';

/** One paragraph followed through the revisions so far. */
export interface Thread {
  appeared: number;
  events: HistoryEvent[];
  /** Its wording in the latest revision that has it (subparagraphs after their labels), and where each character came from. */
  wording: string;
  tags: Tags;
}
