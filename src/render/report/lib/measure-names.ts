import { describeMeasure, type MeasureCode } from '../../../model/measures.js';

/**
 * The measures a provision holds, commodities of one kind together: "ban on exports from the
 * target (coal, iron, iron ore), asset freeze". Reports name measures in headings and tables,
 * where one label per commodity would run to several lines.
 */
export function measureNames(codes: readonly MeasureCode[]): string {
  if (codes.length === 0) return 'measure not named in the files';
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const [kind, commodity] = code.split(':') as [MeasureCode, string | undefined];
    const group = groups.get(kind) ?? [];
    if (commodity) group.push(commodity.replace(/-/g, ' '));
    groups.set(kind, group);
  }
  return [...groups].map(([kind, commodities]) => `${describeMeasure(kind as MeasureCode)}${commodities.length ? ` (${commodities.join(', ')})` : ''}`).join(', ');
}
