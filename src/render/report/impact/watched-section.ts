import type { RootContent } from 'mdast';
import { heading, paragraph } from '../lib/mdast.js';
import { watchedSection } from '../regime/watched.js';
import type { ImpactContext } from './context.js';

/** The draft's review clauses: no legal effect, but watched. */
export function reviewSection(context: ImpactContext): RootContent[] {
  const { report, noun, sectioned } = context;
  if (report.watched.length === 0) return [];
  return [
    heading(2, `Review clauses in the ${noun}`),
    paragraph('No legal effect by themselves, but watched: they announce a readiness to review, adjust or lift measures.'),
    ...report.watched.flatMap((clause) => watchedSection(clause, report.measures.map((impact) => impact.measure), sectioned)),
  ];
}
