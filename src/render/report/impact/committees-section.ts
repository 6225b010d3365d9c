import type { RootContent } from 'mdast';
import { describeProvision } from '../../../consolidate/describe.js';
import { heading, paragraph } from '../lib/mdast.js';
import { historyList } from '../regime/measure-section.js';
import type { ImpactContext } from './context.js';

/** The committees the draft acts on, with their status before and after and the draft's changes. */
export function committeesSection(context: ImpactContext): RootContent[] {
  const committees = context.report.committees.filter((impact) => impact.changes.length > 0);
  if (committees.length === 0) return [];
  return [
    heading(2, `Committees the ${context.noun} acts on`),
    ...committees.flatMap((impact): RootContent[] => [heading(3, `Committee established by ${describeProvision(impact.committee.establishedBy)}`), paragraph(`Status: ${impact.before ?? 'not established'} → ${impact.after}.`), ...historyList(impact.changes)]),
  ];
}
