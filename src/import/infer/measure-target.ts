import type { MeasureCode } from '../../model/measures.js';

/** The measures an effect acts on, when its words name them: the paragraph's own, less the committee that watches them. */
export function measuresActedOn(measures: readonly MeasureCode[]): MeasureCode[] | undefined {
  const acted = measures.filter((m) => m !== 'committee');
  return acted.length > 0 ? acted : undefined;
}
