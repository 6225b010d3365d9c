// Reads a regime gold file (test/fixtures/regime-gold/*.yaml, format in its README.md) into plain
// data, reporting every problem with the file and the place in it; and checks that every quote
// the gold rests on is in the text of the resolution it cites.
import { parse } from 'yaml';
import { formatRef, parseGoldKey } from './paragraphs.mjs';

/** @typedef {import('./paragraphs.mjs').ParagraphRef} ParagraphRef */
/** @typedef {{ kinds: readonly string[], commodityKinds: readonly string[], commodities: readonly string[] }} Vocabulary */
/** @typedef {{ key: string, ref: ParagraphRef, codes: string[] | 'any', holders: ParagraphRef[], quote: string }} GoldMeasure */
/** @typedef {{ key: string, ref: ParagraphRef, why: string, quote: string }} GoldProvision */
/** @typedef {{ measures: string[], by: ParagraphRef, condition?: string, quote: string }} GoldGroup */
/** @typedef {{ by: ParagraphRef, narrows: string[], quote: string }} GoldExemption */
/** @typedef {{ date: string, note?: string, inForce: string[], pending: GoldGroup[], suspended: GoldGroup[], ended: GoldGroup[], exemptions: GoldExemption[] }} GoldAsOf */
/**
 * @typedef {object} Gold
 * @property {string} file
 * @property {string} regime
 * @property {string} title
 * @property {number[]} texts
 * @property {Map<string, GoldMeasure>} measures
 * @property {GoldProvision[]} tolerated
 * @property {GoldProvision[]} notMeasures
 * @property {GoldAsOf[]} asOf
 */

const AS_OF = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A measure code of the vocabulary ("arms-embargo", "supply-ban:petroleum").
 * @param {string} code
 * @param {Vocabulary} vocabulary
 */
function isCode(code, vocabulary) {
  const [kind, commodity, ...rest] = code.split(':');
  if (rest.length > 0 || !vocabulary.kinds.includes(kind)) return false;
  return commodity === undefined || (vocabulary.commodityKinds.includes(kind) && vocabulary.commodities.includes(commodity));
}

/** Collects problems, each located at a path in the gold file. */
class Problems {
  /** @param {string} file */
  constructor(file) {
    this.file = file;
    /** @type {string[]} */
    this.list = [];
  }

  /** @param {string} where @param {string} what */
  add(where, what) {
    this.list.push(`${this.file}: ${where}: ${what}`);
  }

  /** @param {unknown} value @param {string} where */
  text(value, where) {
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.add(where, 'give a non-empty text');
    return '';
  }

  /** @param {unknown} value @param {string} where */
  ref(value, where) {
    const ref = typeof value === 'string' ? parseGoldKey(value) : undefined;
    if (!ref) this.add(where, `"${String(value)}" is not a paragraph like 232/2(a)`);
    return ref;
  }

  /** @param {unknown} value @param {string} where @returns {unknown[]} */
  items(value, where) {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.add(where, 'give a list');
    return [];
  }
}

/**
 * @param {Problems} problems
 * @param {Map<string, GoldMeasure>} measures
 * @param {unknown} value
 * @param {string} where
 * @returns {string[]}
 */
function measureKeys(problems, measures, value, where) {
  return problems.items(value, where).flatMap((key, i) => {
    if (typeof key === 'string' && measures.has(key)) return [key];
    problems.add(`${where}[${i}]`, `"${String(key)}" is not one of the gold's measures`);
    return [];
  });
}

/**
 * @param {Problems} problems
 * @param {string} key the measure's holding paragraph ("232/2(a)")
 * @param {unknown} raw
 * @param {string} where
 * @param {Vocabulary} vocabulary
 * @returns {GoldMeasure | undefined}
 */
function readMeasure(problems, key, raw, where, vocabulary) {
  const ref = problems.ref(key, where);
  const entry = /** @type {Record<string, unknown>} */ (raw ?? {});
  /** @type {string[] | 'any'} */
  let codes = 'any';
  if (entry.codes !== 'any') {
    codes = problems.items(entry.codes, `${where}.codes`).map(String);
    if (codes.length === 0) problems.add(`${where}.codes`, 'name at least one code, or write `any` where the vocabulary has none');
    for (const code of codes) if (!isCode(code, vocabulary)) problems.add(`${where}.codes`, `"${code}" is not a code of src/model/measures.ts`);
  }
  const alternates = problems.items(entry.alternates, `${where}.alternates`).map((a, i) => problems.ref(a, `${where}.alternates[${i}]`));
  const quote = problems.text(entry.quote, `${where}.quote`);
  if (!ref) return undefined;
  return { key, ref, codes, holders: [ref, ...alternates.filter((a) => a !== undefined)], quote };
}

/**
 * @param {Problems} problems
 * @param {unknown} raw
 * @param {string} where
 * @returns {GoldProvision[]}
 */
function readProvisions(problems, raw, where) {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(where, 'give a map from paragraph (232/2) to { why, quote }');
    return [];
  }
  return Object.entries(raw).flatMap(([key, value]) => {
    const entry = /** @type {Record<string, unknown>} */ (value ?? {});
    const ref = problems.ref(key, `${where}.${key}`);
    const why = problems.text(entry.why, `${where}.${key}.why`);
    const quote = problems.text(entry.quote, `${where}.${key}.quote`);
    return ref ? [{ key, ref, why, quote }] : [];
  });
}

/**
 * @param {Problems} problems
 * @param {Map<string, GoldMeasure>} measures
 * @param {unknown} raw
 * @param {string} where
 * @param {boolean} conditional
 * @returns {GoldGroup[]}
 */
function readGroups(problems, measures, raw, where, conditional) {
  return problems.items(raw, where).flatMap((value, i) => {
    const entry = /** @type {Record<string, unknown>} */ (value ?? {});
    const at = `${where}[${i}]`;
    const keys = measureKeys(problems, measures, entry.measures, `${at}.measures`);
    const by = problems.ref(entry.by, `${at}.by`);
    const quote = problems.text(entry.quote, `${at}.quote`);
    /** @type {GoldGroup | undefined} */
    const group = by ? { measures: keys, by, quote } : undefined;
    if (conditional && group) group.condition = problems.text(entry.condition, `${at}.condition`);
    return group ? [group] : [];
  });
}

/**
 * @param {Problems} problems
 * @param {Map<string, GoldMeasure>} measures
 * @param {unknown} raw
 * @param {string} where
 * @returns {GoldExemption[]}
 */
function readExemptions(problems, measures, raw, where) {
  return problems.items(raw, where).flatMap((value, i) => {
    const entry = /** @type {Record<string, unknown>} */ (value ?? {});
    const at = `${where}[${i}]`;
    const by = problems.ref(entry.by, `${at}.by`);
    const narrows = measureKeys(problems, measures, entry.narrows, `${at}.narrows`);
    if (narrows.length === 0) problems.add(`${at}.narrows`, 'name the measures the exemption narrows');
    const quote = problems.text(entry.quote, `${at}.quote`);
    return by ? [{ by, narrows, quote }] : [];
  });
}

/**
 * @param {Problems} problems
 * @param {Map<string, GoldMeasure>} measures
 * @param {unknown} raw
 * @param {string} where
 * @returns {GoldAsOf}
 */
function readAsOf(problems, measures, raw, where) {
  const entry = /** @type {Record<string, unknown>} */ (raw ?? {});
  const date = entry.date instanceof Date ? entry.date.toISOString().slice(0, 10) : String(entry.date ?? '');
  if (!AS_OF.test(date)) problems.add(`${where}.date`, `"${date}" is not a date (1993-06-24) or a date-time with its zone (1993-06-23T00:00-05:00)`);
  if (!Array.isArray(entry.inForce)) problems.add(`${where}.inForce`, 'list the measures in force (write [] where there are none)');
  /** @type {GoldAsOf} */
  const asOf = {
    date,
    inForce: measureKeys(problems, measures, entry.inForce, `${where}.inForce`),
    pending: readGroups(problems, measures, entry.pending, `${where}.pending`, true),
    suspended: readGroups(problems, measures, entry.suspended, `${where}.suspended`, false),
    ended: readGroups(problems, measures, entry.ended, `${where}.ended`, false),
    exemptions: readExemptions(problems, measures, entry.exemptions, `${where}.exemptions`),
  };
  if (typeof entry.note === 'string') asOf.note = entry.note;
  return asOf;
}

/**
 * Reads a gold file. Never throws on bad content: every problem is returned, located.
 * @param {string} text
 * @param {string} file
 * @param {Vocabulary} vocabulary
 * @returns {{ gold: Gold, problems: string[] }}
 */
export function readGold(text, file, vocabulary) {
  const problems = new Problems(file);
  /** @type {Record<string, unknown>} */
  let raw = {};
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    problems.add('YAML', error instanceof Error ? error.message : String(error));
  }
  const regime = problems.text(raw.regime, 'regime');
  const texts = problems.items(raw.texts, 'texts').map(Number);
  if (texts.length === 0 || texts.some((n) => !Number.isInteger(n))) problems.add('texts', 'list the resolution numbers whose texts make up the regime');
  /** @type {Map<string, GoldMeasure>} */
  const measures = new Map();
  for (const [key, value] of Object.entries(/** @type {object} */ (raw.measures ?? {}))) {
    const measure = readMeasure(problems, key, value, `measures.${key}`, vocabulary);
    if (measure) measures.set(key, measure);
  }
  const gold = {
    file,
    regime,
    title: typeof raw.title === 'string' ? raw.title : regime,
    texts,
    measures,
    tolerated: readProvisions(problems, raw.tolerated, 'tolerated'),
    notMeasures: readProvisions(problems, raw.notMeasures, 'notMeasures'),
    asOf: problems.items(raw.asOf, 'asOf').map((entry, i) => readAsOf(problems, measures, entry, `asOf[${i}]`)),
  };
  if (gold.asOf.length === 0) problems.add('asOf', 'give at least one as-of date');
  for (const { ref, key } of [...measures.values(), ...gold.tolerated, ...gold.notMeasures]) {
    if (!texts.includes(ref.resolution)) problems.add(key, `resolution ${ref.resolution} is not in \`texts\``);
  }
  return { gold, problems: problems.list };
}

/**
 * Letters and digits only, lower case: quotes are compared across line breaks, hyphens and punctuation.
 * @param {string} text
 */
function letters(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Every quote of the gold and the paragraph whose resolution holds its words.
 * @param {Gold} gold
 * @returns {Array<{ where: string, ref: ParagraphRef, quote: string }>}
 */
function quotes(gold) {
  const list = [];
  for (const m of gold.measures.values()) list.push({ where: `measures.${m.key}`, ref: m.ref, quote: m.quote });
  for (const p of gold.tolerated) list.push({ where: `tolerated.${p.key}`, ref: p.ref, quote: p.quote });
  for (const p of gold.notMeasures) list.push({ where: `notMeasures.${p.key}`, ref: p.ref, quote: p.quote });
  gold.asOf.forEach((asOf, i) => {
    for (const kind of /** @type {const} */ (['pending', 'suspended', 'ended', 'exemptions'])) {
      asOf[kind].forEach((g, j) => list.push({ where: `asOf[${i}].${kind}[${j}]`, ref: g.by, quote: g.quote }));
    }
  });
  return list;
}

/**
 * Checks that every quote is in the text of the resolution it cites: its pieces (split at "…"),
 * in order, ignoring case, spacing, line breaks and punctuation.
 * @param {Gold} gold
 * @param {(resolution: number) => string | undefined} textOf
 * @returns {string[]} the problems, located in the gold file
 */
export function checkQuotes(gold, textOf) {
  const problems = [];
  for (const { where, ref, quote } of quotes(gold)) {
    const text = textOf(ref.resolution);
    if (text === undefined) {
      problems.push(`${gold.file}: ${where}: no text of resolution ${ref.resolution} to check the quote against`);
      continue;
    }
    const haystack = letters(text);
    let from = 0;
    for (const piece of quote.split('…').map(letters).filter((p) => p !== '')) {
      const at = haystack.indexOf(piece, from);
      if (at < 0) {
        problems.push(`${gold.file}: ${where}: the quote is not in the text of resolution ${ref.resolution} (${formatRef(ref)}): "${quote}"`);
        break;
      }
      from = at + piece.length;
    }
  }
  return problems;
}
