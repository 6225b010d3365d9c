import type { ImpactCategory, ProvisionCitation } from '../../../consolidate/types.js';
import type { ImpactComparison, ImpactSide } from '../../../negotiate/compare/impact-types.js';
import { counted } from '../lib/names.js';
import { standingCounts } from './standing-words.js';

const WOULD: Record<ImpactCategory, string> = {
  terminated: 'would terminate it',
  suspended: 'would suspend it',
  reinstated: 'would reinstate it (end its suspension)',
  loosened: 'would loosen it',
  tightened: 'would tighten it',
  amended: 'would amend it (direction not stated in the files)',
  added: 'would bring it back into force',
  unchanged: 'leaves it unchanged',
};

/** "paragraph 2", or the clause id where the number is not confirmed. */
function paragraphOf(citation: ProvisionCitation): string {
  return citation.paragraph === undefined ? `clause ${citation.clauseId}` : `paragraph ${citation.paragraph}`;
}

/** What a draft would do to a measure, in words: "would suspend it (paragraph 1); would reinstate it once its condition is met (paragraph 1)". */
export function impactSideWords(side: ImpactSide): string {
  const by = side.actedOnBy.length > 0 ? ` (${side.actedOnBy.map(paragraphOf).join(', ')})` : '';
  const parts = side.category === 'unchanged' && side.conditional.length > 0 ? [] : [`${WOULD[side.category]}${by}`];
  for (const change of side.conditional) {
    const held = change.status === 'pending' ? 'once its condition is met' : 'but its condition calls that off';
    parts.push(`would ${change.entry.action} it ${held} (${paragraphOf(change.entry.by)})`);
  }
  return parts.join('; ');
}

/** "1 in conflict, 0 agreed, 3 only in A, 0 only in B; 12 measures neither changes" */
export function impactStandingCounts(comparison: ImpactComparison): string {
  return `${standingCounts(comparison)}; ${counted(comparison.untouched, 'measure')} neither draft changes`;
}
