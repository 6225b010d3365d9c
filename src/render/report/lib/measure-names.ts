import { unnamedMeasure } from '../../../consolidate/describe.js';
import type { Measure } from '../../../consolidate/types.js';
import { describeMeasure, type MeasureCode } from '../../../model/measures.js';

/**
 * The measures a provision holds, commodities of one kind together: "ban on exports from the
 * target (coal, iron, iron ore), asset freeze". Reports name measures in headings and tables,
 * where one label per commodity would run to several lines. A provision the files give no code
 * for is named by the first words of its wording, marked as such.
 */
export function measureNames(measure: Pick<Measure, 'measures' | 'wording'>): string {
  if (measure.measures.length === 0) return unnamedMeasure(measure.wording);
  const groups = new Map<string, string[]>();
  for (const code of measure.measures) {
    const [kind, commodity] = code.split(':') as [MeasureCode, string | undefined];
    const group = groups.get(kind) ?? [];
    if (commodity) group.push(commodity.replace(/-/g, ' '));
    groups.set(kind, group);
  }
  return [...groups].map(([kind, commodities]) => `${describeMeasure(kind as MeasureCode)}${commodities.length ? ` (${commodities.join(', ')})` : ''}`).join(', ');
}
