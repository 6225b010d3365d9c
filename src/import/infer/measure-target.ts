import type { MeasureCode } from '../../model/measures.js';

/** The measures that restrict, less the committee that watches them: "committee" names no measure an effect acts on. */
export function sanctionMeasures(measures: readonly MeasureCode[]): MeasureCode[] {
  return measures.filter((m) => m !== 'committee');
}

/** The measures an effect acts on, when its words name them: the paragraph's own, less the committee that watches them. */
export function measuresActedOn(measures: readonly MeasureCode[]): MeasureCode[] | undefined {
  const acted = sanctionMeasures(measures);
  return acted.length > 0 ? acted : undefined;
}
