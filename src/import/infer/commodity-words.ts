import type { Commodity } from '../../model/measures.js';

/** The words that name each commodity in resolutions, in the order measures are listed. */
export const COMMODITY_WORDS: Array<[RegExp, Commodity]> = [
  [/\bpetroleum\b|\boil\s+(?:or\s+oil\s+)?products\b|\bsupply\s+of\s+oil\b|\boil\s+destined\b|\b(?:crude\s+)?oil\s+and\s+petroleum\b/, 'petroleum'],
  [/\basbestos\b/, 'asbestos'],
  [/\biron\s+ore\b/, 'iron-ore'],
  [/\bchrome\b/, 'chrome'],
  [/\bpig[-\s]iron\b/, 'pig-iron'],
  [/\bsugar\b/, 'sugar'],
  [/\btobacco\b/, 'tobacco'],
  [/\bcopper\b/, 'copper'],
  [/\bmeat\b/, 'meat'],
  [/\bhides\b|\bleather\b/, 'hides-leather'],
  [/\bcoal\b/, 'coal'],
  [/\bgold\b/, 'gold'],
  [/\blogs\b|\btimber\b/, 'wood'],
  [/\bseafood\b/, 'seafood'],
  [/\btextiles?\b/, 'textiles'],
  [/\bother\s+aircraft\b/, 'aircraft'],
  [/\bmotor\s+vehicles\b/, 'vehicles'],
];
