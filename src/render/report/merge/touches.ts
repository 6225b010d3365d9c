import type { ParagraphMerge, Touch } from '../../../negotiate/merge/types.js';

const TOUCH_WORDS: Record<Touch, string> = { reworded: 'reworded', added: 'added', removed: 'deleted', moved: 'moved', split: 'split', merged: 'merged' };

/** "France (reworded, moved), China (deleted)": who touched a paragraph and how. */
export function touchedByPhrase(paragraph: ParagraphMerge): string {
  return paragraph.touchedBy.map((t) => `${t.delegation} (${t.touches.map((w) => TOUCH_WORDS[w]).join(', ')})`).join(', ');
}

/** "reworded 2, deleted 1": a delegation's changes, by kind, leaving out kinds it did not make. */
export function countsPhrase(counts: Record<Touch, number>): string {
  return (Object.keys(TOUCH_WORDS) as Touch[]).filter((t) => counts[t] > 0).map((t) => `${TOUCH_WORDS[t]} ${counts[t]}`).join(', ') || 'no change';
}

/** Where a paragraph stands, and stood: "op 5 (was op 4)", "op 3 (new)", "gone (was pp 2)". */
export function placePhrase(paragraph: ParagraphMerge): string {
  const now = paragraph.at ?? 'left out';
  if (paragraph.was === undefined) return `${now} (new)`;
  return paragraph.was === paragraph.at ? now : `${now} (was ${paragraph.was})`;
}

export const OUTCOME_WORDS: Record<ParagraphMerge['outcome'], string> = { conflict: 'conflict', bracketed: 'in brackets', taken: 'taken', kept: 'unchanged' };
