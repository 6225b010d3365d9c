import type { MeasureCode } from '../../model/measures.js';
import { COMMODITY_WORDS } from './commodity-words.js';

/** Everything the target sells abroad: "all commodities and products originating in …". */
const ALL_GOODS = /\ball\s+commodities\s+and\s+products\b|\bany\s+commodities\s+or\s+products\b/;
/** Goods coming from the target: "the import into their territories of …", "importing …", "the importation from …", "the import of … originating in …". */
const IMPORT = /\bimport(?:s|ation)?\s+into\s+their\s+territor(?:y|ies)\b|\bimporting\b|\bimportation\s+from\b|\bimport(?:s|ation)?\s+of\s+[^;]{0,160}?\b(?:originating\s+in|produced\s+in|exported\s+from)\b|\bexport\s+of\s+(?:these|any)\s+commodities\b/;
/** Goods going to the target: "the sale or supply … of", "deliveries of", "provision to … of", "shipment to". */
const SUPPLY = /\b(?:sale|supply|supplies|supplying|deliver(?:y|ies)|provision|provide|transfer|shipment|sending)\b/;
/** Arms, by any of the names the Council gives them. */
const ARMS = /\barms\b|\bweapons\b|\bammunition\b|\bmilitary\s+(?:vehicles|aircraft|equipment|matters|mat[ée]riel)\b|\brelated\s+mat[ée]riel\b/;

function addUnique<T>(list: T[], ...items: T[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

/** The commodity measures a paragraph's words name: `export-ban:` for what the target sells, `supply-ban:` for what it is sold. */
function tradeMeasures(t: string, measures: MeasureCode[]): void {
  if (ALL_GOODS.test(t)) addUnique(measures, 'trade-embargo');
  const imports = IMPORT.test(t);
  for (const [word, commodity] of COMMODITY_WORDS) {
    if (!word.test(t) || measures.includes('trade-embargo')) continue;
    if (/\bderived\s+from\s+the\s+sale\b/.test(t)) continue;
    const supplied = commodity === 'aircraft' || commodity === 'vehicles' || (commodity === 'petroleum' && (!imports || SUPPLY.test(t)));
    if (supplied) addUnique(measures, `supply-ban:${commodity}`);
    else if (imports) addUnique(measures, `export-ban:${commodity}`);
  }
  if (ARMS.test(t)) addUnique(measures, imports && !SUPPLY.test(t) ? 'arms-export-ban' : 'arms-embargo');
}

/** The measures a paragraph's wording points to, in the controlled vocabulary (src/model/measures.ts). */
export function guessMeasures(text: string): MeasureCode[] {
  const t = text.toLowerCase();
  const measures: MeasureCode[] = [];
  tradeMeasures(t, measures);
  if (/\bfreeze\b|\bfrozen\b/.test(t) && /\bfunds\b|\bfinancial\s+resources\b|\bassets\b/.test(t)) addUnique(measures, 'asset-freeze');
  if (/\bfunds\s+for\s+investment\b|\bfinancial\s+or\s+economic\s+resources\b|\buse\s+or\s+transfer\s+of\s+any\s+funds\b|\bfinancial\s+transactions\b|\bprovision\s+of\s+(?:financial\s+)?services\b/.test(t)) addUnique(measures, 'financial-services');
  if (/\btraffic\b.*\bterritorial\s+sea\b|\bmaritime\s+shipping\b|\bdiversion\s+of\b.*\bvessels\b/.test(t)) addUnique(measures, 'maritime');
  if (/\binspect\b/.test(t)) addUnique(measures, 'inspections');
  if (/\baircraft\b.*\b(?:take\s+off|overfly|land)\b|\bairline\s+compan|\bairlines?\s+offices\b|\baircraft\s+components\b|\bairfields\b/.test(t)) addUnique(measures, 'aviation');
  if (/\bentry\s+(?:in)?to\s+their\s+territor(?:y|ies)\b|\bdeny\s+entry\b|\bentry\s+into\s+or\s+transit\s+through\b/.test(t)) addUnique(measures, 'travel-ban');
  if (/\bdiplomatic\b|\bconsular\b/.test(t)) addUnique(measures, 'diplomatic');
  if (/\bmeans\s+of\s+transportation\b/.test(t)) addUnique(measures, 'transport');
  if (/\brefrain\s+from\s+recognizing\b|\bnot\s+be\s+accorded\s+any\s+recognition\b|\bnot\s+to\s+recognize\b/.test(t)) addUnique(measures, 'non-recognition');
  if (/\bestablish\b.*\bcommittee\b|\bcommittee\b.*\bestablished\b/.test(t)) addUnique(measures, 'committee');
  return measures;
}
