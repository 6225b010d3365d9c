import type { Effect, Effective, OperativeParagraph, Reference, ResolutionDocument, Subparagraph } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';
import { isoDate } from './header.js';

/**
 * Proposes the legal effects of an operative paragraph from its opening verb and wording, and the
 * measures it concerns from its keywords. Every proposal is marked `inferred: true`: it is a
 * reading for a person to confirm against the text, never a conclusion.
 */
export interface InferredEffects {
  effects: Effect[];
  measures: MeasureCode[];
  /** `cues[k]`: the wording in the paragraph's own text that `effects[k]` was read from. */
  cues: Cue[];
}

/** Wording an effect was read from: its offset in the paragraph's text, and the words. */
export interface Cue {
  offset: number;
  wording: string;
}

/** The first match of `pattern` in `text` as a cue. */
function cueOf(text: string, pattern: RegExp): Cue | undefined {
  const match = pattern.exec(text);
  return match ? { offset: match.index, wording: match[0] } : undefined;
}

const COMMODITY_WORDS: Array<[RegExp, MeasureCode]> = [
  [/\basbestos\b/, 'export-ban:asbestos'],
  [/\biron\s+ore\b/, 'export-ban:iron-ore'],
  [/\bchrome\b/, 'export-ban:chrome'],
  [/\bpig-iron\b/, 'export-ban:pig-iron'],
  [/\bsugar\b/, 'export-ban:sugar'],
  [/\btobacco\b/, 'export-ban:tobacco'],
  [/\bcopper\b/, 'export-ban:copper'],
  [/\bmeat\b/, 'export-ban:meat'],
  [/\bhides\b|\bleather\b/, 'export-ban:hides-leather'],
  [/\bcoal\b/, 'export-ban:coal'],
  [/\bseafood\b/, 'export-ban:seafood'],
  [/\btextiles?\b/, 'export-ban:textiles'],
];

function allText(paragraph: OperativeParagraph): string {
  const parts: string[] = [paragraph.text ?? ''];
  const walk = (subs: Subparagraph[] | undefined) => {
    for (const sub of subs ?? []) {
      parts.push(sub.text ?? '');
      walk(sub.subparagraphs);
    }
  };
  walk(paragraph.subparagraphs);
  return parts.join(' ');
}

function addUnique<T>(list: T[], ...items: T[]): void {
  for (const item of items) if (!list.includes(item)) list.push(item);
}

/** The measures a paragraph's wording points to, in the controlled vocabulary. */
export function guessMeasures(text: string): MeasureCode[] {
  const t = text.toLowerCase();
  const measures: MeasureCode[] = [];
  const importBan = /\bimport\s+into\s+their\s+territories\b|\bexport\s+of\s+(?:these|any)\s+commodities\b/.test(t);
  if (/\ball\s+commodities\s+and\s+products\b|\bany\s+commodities\s+or\s+products\b/.test(t)) addUnique(measures, 'trade-embargo');
  else if (importBan) for (const [word, code] of COMMODITY_WORDS) if (word.test(t)) addUnique(measures, code);
  if (/\bpetroleum\b|\boil\s+(?:or\s+oil\s+)?products\b|\bsupply\s+of\s+oil\b|\boil\s+destined\b/.test(t) && !/\bderived\s+from\s+the\s+sale\b/.test(t)) addUnique(measures, 'supply-ban:petroleum');
  if (/\barms\b|\bweapons\s+and\s+ammunition\b|\bmilitary\s+(?:vehicles|aircraft|matters)\b/.test(t)) addUnique(measures, 'arms-embargo');
  if (/\bmotor\s+vehicles\b/.test(t)) addUnique(measures, 'supply-ban:vehicles');
  if (/\bother\s+aircraft\b/.test(t)) addUnique(measures, 'supply-ban:aircraft');
  if (/\bfreeze\b|\bfrozen\b/.test(t) && /\bfunds\b/.test(t)) addUnique(measures, 'asset-freeze');
  if (/\bfunds\s+for\s+investment\b|\bfinancial\s+or\s+economic\s+resources\b|\buse\s+or\s+transfer\s+of\s+any\s+funds\b/.test(t)) addUnique(measures, 'financial-services');
  if (/\btraffic\b.*\bterritorial\s+sea\b|\bmaritime\s+shipping\b|\bdiversion\s+of\b.*\bvessels\b/.test(t)) addUnique(measures, 'maritime');
  if (/\binspect\b/.test(t)) addUnique(measures, 'inspections');
  if (/\baircraft\b.*\b(?:take\s+off|overfly|land)\b|\bairline\s+compan|\bairlines?\s+offices\b|\baircraft\s+components\b|\bairfields\b/.test(t)) addUnique(measures, 'aviation');
  if (/\bentry\s+(?:in)?to\s+their\s+territories\b|\bdeny\s+entry\b/.test(t)) addUnique(measures, 'travel-ban');
  if (/\bdiplomatic\b|\bconsular\b/.test(t)) addUnique(measures, 'diplomatic');
  if (/\bmeans\s+of\s+transportation\b/.test(t)) addUnique(measures, 'transport');
  if (/\brefrain\s+from\s+recognizing\b|\bnot\s+be\s+accorded\s+any\s+recognition\b/.test(t)) addUnique(measures, 'non-recognition');
  if (/\bestablish\b.*\bcommittee\b|\bcommittee\b.*\bestablished\b/.test(t)) addUnique(measures, 'committee');
  return measures;
}

const TIME = /\bat\s+(\d{2})\.?(\d{2})\s+(?:hours\s+)?(EST|eastern\s+standard\s+time)\b|\bas\s+of\s+(\d{2})(\d{2})\s+hours\s+(eastern\s+standard\s+time|EST)\b/i;
const DATE = /\b(?:on|as\s+of)\s+(?:[^,;]*?\s)?(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;

/** When an effect takes hold, read from the wording: time, date, zone, "with immediate effect", "unless …". */
export function readEffective(text: string): Effective | undefined {
  const effective: Effective = {};
  const date = DATE.exec(text);
  if (date) {
    const iso = isoDate(date[1]!, date[2]!, date[3]!);
    if (iso) effective.date = iso;
  }
  const time = TIME.exec(text);
  if (time) {
    effective.time = `${time[1] ?? time[4]}:${time[2] ?? time[5]}`;
    effective.zone = 'EST';
  }
  if (/\bwith\s+immediate\s+effect\b|\bshall\s+come\s+into\s+force\s+immediately\b/.test(text)) effective.immediately = true;
  const condition = /\b(?:unless|which\s+shall\s+apply\s+until)\b[\s\S]*$/.exec(text);
  if (condition) effective.condition = condition[0].replace(/[\s;,.]+$/, '');
  return Object.keys(effective).length > 0 ? effective : undefined;
}

function target(reference: Reference | undefined): Reference | undefined {
  if (!reference) return undefined;
  const { text: _text, ...rest } = reference;
  return rest;
}

/** The last citation (passing `filter`) that ends before the first match of `pattern`. */
function citationBefore(paragraph: OperativeParagraph, text: string, pattern: RegExp, filter: (r: Reference) => boolean): Reference | undefined {
  const at = pattern.exec(text)?.index ?? text.length;
  return (paragraph.references ?? []).filter(filter).filter((r) => r.text !== undefined && text.indexOf(r.text) >= 0 && text.indexOf(r.text) < at).at(-1);
}

/** The first citation that names paragraphs or resolutions after `offset` in the paragraph's text. */
function citationAfter(paragraph: OperativeParagraph, text: string, pattern: RegExp, filter: (r: Reference) => boolean = () => true): Reference | undefined {
  const at = pattern.exec(text)?.index ?? 0;
  const candidates = (paragraph.references ?? []).filter(filter);
  return candidates.find((r) => r.text !== undefined && text.indexOf(r.text, at) >= 0) ?? candidates[0];
}

// The wording each of these effects is read from; import-effect-inferred points at it.
const REINSTATES = /\bterminate\s+(?:immediately\s+)?the\s+suspension\b/i;
const SUSPENDS = /\bsuspend(?:ed|s)?\b/i;
const TERMINATES = /(?<=\b(?:to|shall)\s+)terminate\b|(?<=\bare\s+)terminated\b/i;
const DISSOLVES = /\bdissolve(?=\s+the\s+Committee\b)/i;
const EXEMPTS = /\bmay\s+be\s+released\b|\b(?:do|shall)\s+not\s+apply\s+to\b|\bexempt\w*/i;
const REVIEWS = /\breview\b|\blift\w*/i;
const IMPOSES_FROM = /\bshall\s+come\s+into\s+force\b|\bshall\s+adopt\s+the\s+measures\b/i;
const ESTABLISHES = /(?<=\bto\s+)establish\b(?=[\s\S]*\bCommittee\b)/i;
const MANDATES = /\bauthority\b|\bentrust\w*|\bInstructs\b|\bto\s+examine\b|\bresponsibility\b/i;
const PROHIBITS = /\b(?:prevent|prohibit|freeze|deny|refrain|not\s+make\s+available|sever|interrupt|withdraw|reduce)\b/i;

/**
 * The effects and measures proposed for one operative paragraph. `_document` is the resolution
 * being built (its header facts and the paragraphs read so far), for readings that need them.
 */
export function inferEffects(paragraph: OperativeParagraph, _document: ResolutionDocument): InferredEffects {
  const chapeau = paragraph.text ?? '';
  const text = allText(paragraph);
  const effects: Effect[] = [];
  const cues: Cue[] = [];
  const add = (effect: Effect, cue: Cue) => {
    effects.push({ ...effect, inferred: true });
    cues.push(cue);
  };
  const decides = /^(?:(?:Also|Further)\s+)?Decides\b/i.exec(chapeau) ?? /\bdecides\b/i.exec(chapeau.slice(0, 60));
  const readiness = /\b(?:readiness|ready|prepared)\b/i.test(chapeau);
  const external = (r: Reference) => !r.committee && (r.resolution !== undefined || r.resolutions !== undefined);
  const committee = (r: Reference) => r.committee === true;
  const effective = readEffective(chapeau);
  // Only called with a pattern just found in the chapeau.
  const at = (pattern: RegExp): Cue => cueOf(chapeau, pattern)!;

  if (REINSTATES.test(chapeau)) {
    const reference = target(citationAfter(paragraph, chapeau, /suspension/i));
    add({ action: readiness ? 'review' : 'reinstate', ...(reference ? { target: reference } : {}), ...(effective ? { effective } : {}) }, at(REINSTATES));
  } else if (decides && SUSPENDS.test(chapeau)) {
    const reference = target(citationAfter(paragraph, chapeau, /suspend/i, external));
    add({ action: 'suspend', ...(reference ? { target: reference } : {}), ...(effective ? { effective } : {}) }, at(SUSPENDS));
  } else if (decides && TERMINATES.test(chapeau)) {
    const reference = target(citationAfter(paragraph, chapeau, /terminate/i, external));
    add({ action: 'terminate', ...(reference ? { target: reference } : {}), ...(effective ? { effective } : {}) }, at(TERMINATES));
  } else if (DISSOLVES.test(chapeau)) {
    const reference = target(citationAfter(paragraph, chapeau, /dissolve/i, committee));
    add({ action: 'dissolve-committee', ...(reference ? { target: reference } : {}) }, at(DISSOLVES));
  } else if (EXEMPTS.test(chapeau)) {
    const reference = target(citationBefore(paragraph, chapeau, /released|apply|exempt/i, (r) => !r.committee));
    add({ action: 'exempt', ...(reference ? { target: reference } : {}), direction: 'loosen' }, at(EXEMPTS));
  } else if (readiness && REVIEWS.test(chapeau)) {
    const reference = target(citationAfter(paragraph, chapeau, /review|lift/i, (r) => !r.committee && r.paragraphs !== undefined) ?? citationAfter(paragraph, chapeau, /review|lift/i));
    add({ action: 'review', ...(reference ? { target: reference } : {}) }, at(REVIEWS));
  } else if (IMPOSES_FROM.test(chapeau)) {
    const reference = target(citationBefore(paragraph, chapeau, /come\s+into\s+force|shall\s+adopt/i, (r) => r.resolution === undefined && r.resolutions === undefined && !r.committee && r.paragraphs !== undefined));
    add({ action: 'impose', ...(reference ? { target: reference } : {}), ...(effective ? { effective } : {}) }, at(IMPOSES_FROM));
  } else if (decides && ESTABLISHES.test(chapeau)) {
    add({ action: 'establish-committee' }, at(ESTABLISHES));
  } else if ((paragraph.references ?? []).some(committee) && /\bCommittee\b/.test(chapeau) && MANDATES.test(chapeau)) {
    const reference = target(citationAfter(paragraph, chapeau, /Committee/, committee));
    add({ action: 'committee-mandate', ...(reference ? { target: reference } : {}) }, at(MANDATES));
  } else if (decides && /\b(?:States|Member\s+States)\b[\s\S]*\bshall\b|\bDecides\s+to\s+prohibit\b/i.test(chapeau) && PROHIBITS.test(text)) {
    // The prohibition may stand in a subparagraph: then the paragraph's "Decides" is what was read.
    add({ action: 'impose', ...(effective ? { effective } : {}) }, cueOf(chapeau, PROHIBITS) ?? { offset: decides.index, wording: decides[0] });
  }
  return { effects, measures: guessMeasures(text), cues };
}
