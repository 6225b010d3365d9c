import type { AnnexItem, ResolutionDocument } from '../../model/document.js';
import type { MeasureCode } from '../../model/measures.js';
import { sanctionMeasures } from './measure-target.js';
import { guessMeasures } from './measures-from-words.js';

/** "the items listed in the annex to this resolution", "the goods set out in annex I". */
const ANNEX_LIST = /\b(?:items|goods|equipment|products|commodities)\s+(?:listed|set\s+out|specified|enumerated)\s+in\s+(?:the\s+)?annex\b/i;
/** Equipment for producing, moving or refining oil: pumps, terminals, pipelines, refineries. */
const OIL_EQUIPMENT = /\b(?:equipment|pumps?|pipelines?|terminals?|refiner(?:y|ies)|turbines?)\b[^.;]{0,120}\b(?:crude\s+oil|petroleum|oil|natural\s+gas|refin\w*)\b|\b(?:crude\s+oil|petroleum|oil|natural\s+gas)\s+(?:export\s+)?(?:terminals?|pipelines?|refiner(?:y|ies)|equipment)\b/i;

function annexWords(items: readonly AnnexItem[]): string {
  return items.map((item) => [item.text ?? '', annexWords(item.items ?? [])].join(' ')).join(' ');
}

/**
 * The measures of a paragraph that bans "the items listed in the annex": read from the annex's
 * words. Equipment for oil (pumps, export terminals, refineries) is `supply-ban:oil-equipment`,
 * not a ban on petroleum itself.
 */
export function annexMeasures(words: string, document: ResolutionDocument): MeasureCode[] {
  if (!ANNEX_LIST.test(words) || !document.annexes?.length) return [];
  const annex = document.annexes.map((a) => [a.title ?? '', annexWords(a.items)].join(' ')).join(' ');
  if (OIL_EQUIPMENT.test(annex)) return ['supply-ban:oil-equipment'];
  return sanctionMeasures(guessMeasures(annex));
}
