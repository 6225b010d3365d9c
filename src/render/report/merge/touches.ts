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

/** Where a paragraph stands, with its id, and where it stood: "op 16 (op_9, was op 9)", "op 3 (op_3)", "op 12 (op_12, new)", "left out (op_7, was op 7)". */
export function placePhrase(paragraph: ParagraphMerge): string {
  const now = paragraph.at ?? 'left out';
  if (paragraph.was === undefined) return `${now} (${paragraph.id}, new)`;
  return paragraph.was === paragraph.at ? `${now} (${paragraph.id})` : `${now} (${paragraph.id}, was ${paragraph.was})`;
}

export const OUTCOME_WORDS: Record<ParagraphMerge['outcome'], string> = { conflict: 'conflict', bracketed: 'in brackets', taken: 'taken', kept: 'unchanged' };
