/** Two competing drafts compared against their common base (`compareDrafts`, docs/negotiation.md). Plain data. */
import type { DocumentLabel, Redline } from '../../diff/types.js';
import type { Touch } from '../merge/types.js';

/** agreed: both drafts made the same change; only-a / only-b: one draft changed it; conflict: both, differently. */
export type Standing = 'agreed' | 'only-a' | 'only-b' | 'conflict';

/** What one draft does to a paragraph. */
export interface DraftSide {
  touches: Touch[];
  /** Its wording in that draft, word by word against the base (absent where it is unchanged or gone). */
  redline?: Redline;
  /** Its wording in that draft, where the paragraph is new or split (several) there. */
  text?: string[];
}

export interface ParagraphStanding {
  /** The paragraph's id in the base, or in the draft that added it. */
  id: string;
  /** Where it stands in the base ("op 4"); absent for a paragraph a draft added. */
  was?: string;
  standing: Standing;
  a?: DraftSide;
  b?: DraftSide;
}

/** What each draft would do to a measure: the effects that name it, in words, where they differ from the base's. */
export interface MeasureStanding {
  measure: string;
  base: string[];
  a: string[];
  b: string[];
}

export interface DraftComparison {
  base: DocumentLabel;
  a: { name: string; document: DocumentLabel };
  b: { name: string; document: DocumentLabel };
  /** Paragraphs either draft touched, conflicts first, then agreed, only in A, only in B, each in the base's order. */
  paragraphs: ParagraphStanding[];
  counts: Record<Standing, number>;
  measures: MeasureStanding[];
}
