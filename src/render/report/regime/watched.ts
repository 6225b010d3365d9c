import type { RootContent } from 'mdast';
import { describeProvision } from '../../../consolidate/describe.js';
import type { Measure, WatchedClause } from '../../../consolidate/types.js';
import { linkTo } from '../lib/anchors.js';
import { emphasis, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise } from '../lib/names.js';
import { measureKey, measureTitle } from './measure-section.js';
import { wordingBlocks } from './wording.js';

/** Past this many, a review clause's measures are counted rather than listed. */
const LISTED_MEASURES = 6;

/** The measures a clause concerns, linked where the report has a section for them. */
function concerns(keys: readonly string[], measures: readonly Measure[], sectioned: ReadonlySet<string>): Phrasing[] {
  if (keys.length > LISTED_MEASURES) return [`${keys.length} measures of the regime`];
  return keys.flatMap((key, index) => {
    const measure = measures.find((candidate) => candidate.key === key);
    const name = measure ? measureTitle(measure) : key;
    return [...(index ? ['; '] : []), sectioned.has(key) ? linkTo(measureKey(key), name) : name];
  });
}

/** A review clause: no legal effect, but watched. Its words, its condition and the measures it concerns. */
export function watchedSection(clause: WatchedClause, measures: readonly Measure[], sectioned: ReadonlySet<string>): RootContent[] {
  return [
    heading(3, capitalise(describeProvision(clause.by))),
    ...wordingBlocks(clause.wording),
    ...(clause.condition ? [paragraph(emphasis('Condition, recorded and not evaluated:'), ` “${clause.condition}”`)] : []),
    ...(clause.measures.length ? [paragraph(strong('Concerns:'), ' ', ...concerns(clause.measures, measures, sectioned), '.')] : []),
  ];
}
