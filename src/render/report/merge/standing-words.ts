import type { ImpactComparison } from '../../../negotiate/compare/impact-types.js';
import type { DraftComparison, ParagraphStanding, Standing } from '../../../negotiate/compare/types.js';

/** "agreed", "only in A", "only in B", "conflict", with the drafts' names. */
export function standingWords(standing: Standing, names: { a: string; b: string }): string {
  return standing === 'agreed' ? 'agreed' : standing === 'conflict' ? 'conflict' : `only in ${standing === 'only-a' ? names.a : names.b}`;
}

/** "op 4 (op_4)", or "new (op_12)" for a paragraph a draft added. */
export function standingPlace(paragraph: ParagraphStanding): string {
  return `${paragraph.was ?? 'new'} (${paragraph.id})`;
}

/** "2 in conflict, 1 agreed, 3 only in France's draft, 0 only in …" */
export function standingCounts(comparison: Pick<DraftComparison, 'a' | 'b' | 'counts'> | Pick<ImpactComparison, 'a' | 'b' | 'counts'>): string {
  const names = { a: comparison.a.name, b: comparison.b.name };
  const c = comparison.counts;
  return [`${c.conflict} in conflict`, `${c.agreed} agreed`, `${c['only-a']} ${standingWords('only-a', names)}`, `${c['only-b']} ${standingWords('only-b', names)}`].join(', ');
}
