import type { MeasureCode } from '../model/measures.js';

/**
 * Whether two measure codes name the same measure: equal, or of the same kind where one names no
 * commodity or all of them ("supply-ban" and "supply-ban:all-commodities" both overlap
 * "supply-ban:petroleum").
 */
export function codesOverlap(a: MeasureCode, b: MeasureCode): boolean {
  if (a === b) return true;
  const [kindA, goodsA] = a.split(':');
  const [kindB, goodsB] = b.split(':');
  if (kindA !== kindB) return false;
  const general = (goods: string | undefined) => goods === undefined || goods === 'all-commodities';
  return general(goodsA) || general(goodsB);
}
