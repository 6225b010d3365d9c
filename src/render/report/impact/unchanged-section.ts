import type { RootContent } from 'mdast';
import { describeProvision } from '../../../consolidate/describe.js';
import { heading, table, type Phrasing } from '../lib/mdast.js';
import { measureNames } from '../lib/measure-names.js';
import { capitalise } from '../lib/names.js';
import { STATUS_WORDS } from '../regime/measure-section.js';
import type { ImpactContext } from './context.js';
import { categoryTitle } from './words.js';

/** The measures the draft leaves unchanged, one a row. */
export function unchangedSection(context: ImpactContext): RootContent[] {
  const unchanged = context.report.measures.filter((impact) => impact.category === 'unchanged');
  if (unchanged.length === 0) return [];
  const rows = unchanged.map((impact): Phrasing[][] => [[capitalise(measureNames(impact.measure))], [describeProvision(impact.measure.provision)], [STATUS_WORDS[impact.after]]]);
  return [heading(2, categoryTitle('unchanged', context.noun, unchanged.length)), table([['Measure'], ['Held in'], ['Status']], rows)];
}
