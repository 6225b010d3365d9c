// Compares what `bluedraft regime` shows at a date (a RegimeState) with the gold for that date.
// Matching rules (documented in test/fixtures/regime-gold/README.md):
// - a gold measure in force is FOUND where a measure shown in force is held by the gold's
//   paragraph, one of its alternates, or a subparagraph of one of them, and the codes overlap;
// - a measure shown in force is WRONGLY IN FORCE unless its paragraph overlaps (is, holds or is
//   held by) a gold measure in force at that date or a tolerated provision.
import { formatRef, isWithin, overlaps, provisionRef } from './paragraphs.mjs';

/** @typedef {import('./paragraphs.mjs').ParagraphRef} ParagraphRef */
/** @typedef {import('./gold-file.mjs').Gold} Gold */
/** @typedef {import('./gold-file.mjs').GoldAsOf} GoldAsOf */
/** @typedef {import('./gold-file.mjs').GoldMeasure} GoldMeasure */
/** @typedef {{ resolution?: string, paragraph?: string }} ShownCitation */
/**
 * The parts of a consolidated measure the comparison reads (a subset of `Measure` in
 * src/consolidate/types.ts).
 * @typedef {{ key: string, provision: ShownCitation & { clauseId?: string }, measures: string[], status: string, exemptions?: Array<{ by: ShownCitation }>, history?: Array<{ by: ShownCitation }>, scheduled?: Array<{ by: ShownCitation }>, suspension?: { by: ShownCitation }, ended?: { by?: ShownCitation } }} ShownMeasure
 */
/** @typedef {{ measures: ShownMeasure[] }} ShownState */
/** @typedef {{ key: string, reason: string }} Miss */
/** @typedef {{ shown: string, codes: string[], reason: string }} Wrong */
/** @typedef {{ expected: number, shown: number, off: Miss[] }} StatusCheck */
/**
 * @typedef {object} DateScore
 * @property {string} asOf
 * @property {number} inForce gold measures in force
 * @property {string[]} found
 * @property {Miss[]} missed
 * @property {Wrong[]} wrong measures shown in force that the gold says are not
 * @property {StatusCheck} pending
 * @property {StatusCheck} suspended
 * @property {StatusCheck} ended
 * @property {{ expected: number, found: number, missing: Miss[], misapplied: string[] }} exemptions
 */

/**
 * Two codes match where they are equal, or name the same kind and one of them names no
 * commodity or all commodities ("supply-ban" and "supply-ban:all-commodities" match
 * "supply-ban:petroleum").
 * @param {string} a
 * @param {string} b
 */
export function codeMatches(a, b) {
  if (a === b) return true;
  const [kindA, commodityA] = a.split(':');
  const [kindB, commodityB] = b.split(':');
  if (kindA !== kindB) return false;
  const open = (/** @type {string | undefined} */ c) => c === undefined || c === 'all-commodities';
  return open(commodityA) || open(commodityB);
}

/**
 * @param {string[] | 'any'} gold
 * @param {readonly string[]} shown
 */
export function codesOverlap(gold, shown) {
  return gold === 'any' || gold.some((g) => shown.some((s) => codeMatches(g, s)));
}

/**
 * @param {ShownMeasure} measure
 * @returns {string} "232/2(a)", or the measure's key where its paragraph is not confirmed
 */
function shownName(measure) {
  const ref = provisionRef(measure.provision);
  return ref ? formatRef(ref) : `${measure.key} (paragraph not confirmed)`;
}

/**
 * @param {ShownMeasure[]} shown
 * @param {GoldMeasure} measure
 */
function heldBy(shown, measure) {
  return shown.filter((m) => {
    const ref = provisionRef(m.provision);
    return ref !== undefined && measure.holders.some((h) => isWithin(ref, h));
  });
}

/**
 * @param {ShownMeasure[]} shown every measure shown at the date
 * @param {GoldMeasure} measure
 * @returns {boolean | string} true where found, else why not
 */
function findInForce(shown, measure) {
  const held = heldBy(shown, measure);
  const inForce = held.filter((m) => m.status === 'in-force');
  if (inForce.some((m) => codesOverlap(measure.codes, m.measures))) return true;
  if (inForce.length > 0) {
    const codes = [...new Set(inForce.flatMap((m) => m.measures))];
    return `held by ${inForce.map(shownName).join(', ')} but its codes [${codes.join(', ')}] miss [${measure.codes === 'any' ? 'any' : measure.codes.join(', ')}]`;
  }
  if (held.length > 0) return `shown ${held.map((m) => `${shownName(m)} ${m.status}`).join(', ')}`;
  return 'not shown at all';
}

/**
 * True where the clause `by` acted on the measure: its suspension or end, or an effect applied or
 * scheduled (the clause that sets a pending measure's entry into force, with its condition).
 * @param {ShownMeasure} measure
 * @param {ParagraphRef} by
 */
function actedBy(measure, by) {
  const entries = [measure.suspension, measure.ended, ...(measure.history ?? []), ...(measure.scheduled ?? [])];
  return entries.some((entry) => {
    const ref = entry?.by ? provisionRef(entry.by) : undefined;
    return ref !== undefined && overlaps(ref, by);
  });
}

/**
 * Each gold measure of the groups is shown with the status expected, by the clause the gold names.
 * @param {ShownMeasure[]} shown
 * @param {Gold} gold
 * @param {import('./gold-file.mjs').GoldGroup[]} groups
 * @param {string} status the status the gold expects
 * @returns {StatusCheck}
 */
function checkStatus(shown, gold, groups, status) {
  /** @type {Miss[]} */
  const off = [];
  const pairs = groups.flatMap((g) => g.measures.map((key) => ({ key, by: g.by })));
  for (const { key, by } of pairs) {
    const held = heldBy(shown, /** @type {GoldMeasure} */ (gold.measures.get(key)));
    if (held.length === 0) off.push({ key, reason: 'not shown' });
    else if (!held.every((m) => m.status === status)) off.push({ key, reason: `shown ${held.map((m) => `${shownName(m)} ${m.status}`).join(', ')}` });
    else if (!held.some((m) => actedBy(m, by))) off.push({ key, reason: `${status}, but nothing shown by ${formatRef(by)}` });
  }
  return { expected: pairs.length, shown: pairs.length - off.length, off };
}

/**
 * Why a measure shown in force is not in force by the gold.
 * @param {ParagraphRef} ref
 * @param {Gold} gold
 * @param {GoldAsOf} asOf
 */
function whyNotInForce(ref, gold, asOf) {
  for (const [kind, groups] of /** @type {const} */ ([['pending', asOf.pending], ['suspended', asOf.suspended], ['ended', asOf.ended]])) {
    const group = groups.find((g) => g.measures.some((key) => overlaps(ref, /** @type {GoldMeasure} */ (gold.measures.get(key)).ref)));
    if (group) return `${kind} by ${formatRef(group.by)}${group.condition ? ` (${group.condition})` : ''}`;
  }
  const notMeasure = gold.notMeasures.find((p) => overlaps(ref, p.ref));
  if (notMeasure) return `not a measure: ${notMeasure.why}`;
  const measure = [...gold.measures.values()].find((m) => overlaps(ref, m.ref));
  if (measure) return `${measure.key} is not in force at this date`;
  return 'not a measure (nothing in the gold)';
}

/**
 * @param {ShownMeasure[]} shown
 * @param {Gold} gold
 * @param {GoldAsOf} asOf
 * @returns {Wrong[]}
 */
function wronglyInForce(shown, gold, asOf) {
  const allowed = [...asOf.inForce.flatMap((key) => /** @type {GoldMeasure} */ (gold.measures.get(key)).holders), ...gold.tolerated.map((p) => p.ref)];
  return shown.flatMap((m) => {
    if (m.status !== 'in-force') return [];
    const ref = provisionRef(m.provision);
    if (!ref) return [{ shown: shownName(m), codes: m.measures, reason: 'paragraph not confirmed' }];
    if (allowed.some((a) => overlaps(ref, a))) return [];
    return [{ shown: formatRef(ref), codes: m.measures, reason: whyNotInForce(ref, gold, asOf) }];
  });
}

/**
 * @param {ShownMeasure[]} shown
 * @param {Gold} gold
 * @param {GoldAsOf} asOf
 */
function checkExemptions(shown, gold, asOf) {
  /** @type {Miss[]} */
  const missing = [];
  let expected = 0;
  for (const exemption of asOf.exemptions) {
    for (const key of exemption.narrows) {
      expected++;
      const held = heldBy(shown, /** @type {GoldMeasure} */ (gold.measures.get(key)));
      const found = held.some((m) => (m.exemptions ?? []).some((e) => {
        const by = provisionRef(e.by);
        return by !== undefined && overlaps(by, exemption.by);
      }));
      if (!found) missing.push({ key, reason: `no exemption by ${formatRef(exemption.by)}` });
    }
  }
  /** @type {string[]} */
  const misapplied = [];
  for (const m of shown) {
    const ref = provisionRef(m.provision);
    for (const e of m.exemptions ?? []) {
      const by = provisionRef(e.by);
      if (!by || !ref) continue;
      const counted = asOf.exemptions.find((x) => overlaps(by, x.by));
      if (!counted) misapplied.push(`${formatRef(ref)} exempted by ${formatRef(by)}, which the gold does not count as an exemption at this date`);
      else if (!counted.narrows.some((key) => /** @type {GoldMeasure} */ (gold.measures.get(key)).holders.some((h) => overlaps(ref, h)))) {
        misapplied.push(`${formatRef(ref)} exempted by ${formatRef(by)}, which narrows only ${counted.narrows.join(', ')}`);
      }
    }
  }
  return { expected, found: expected - missing.length, missing, misapplied };
}

/**
 * The gold restricted to the measures of the given resolutions (for scoring a folder that holds
 * only some of the regime's texts, such as the curated files of resolutions/).
 * @param {Gold} gold
 * @param {ReadonlySet<number>} resolutions
 * @returns {Gold}
 */
export function restrictGold(gold, resolutions) {
  const keep = (/** @type {string} */ key) => resolutions.has(/** @type {GoldMeasure} */ (gold.measures.get(key)).ref.resolution);
  const groups = (/** @type {import('./gold-file.mjs').GoldGroup[]} */ list) => list.map((g) => ({ ...g, measures: g.measures.filter(keep) })).filter((g) => g.measures.length > 0);
  return {
    ...gold,
    asOf: gold.asOf.map((a) => ({
      ...a,
      inForce: a.inForce.filter(keep),
      pending: groups(a.pending),
      suspended: groups(a.suspended),
      ended: groups(a.ended),
      exemptions: a.exemptions.filter((e) => resolutions.has(e.by.resolution)).map((e) => ({ ...e, narrows: e.narrows.filter(keep) })).filter((e) => e.narrows.length > 0),
    })),
  };
}

/**
 * Scores what bluedraft shows at one as-of date against the gold for that date.
 * @param {Gold} gold
 * @param {GoldAsOf} asOf
 * @param {ShownState} state
 * @returns {DateScore}
 */
export function scoreDate(gold, asOf, state) {
  /** @type {string[]} */
  const found = [];
  /** @type {Miss[]} */
  const missed = [];
  for (const key of asOf.inForce) {
    const result = findInForce(state.measures, /** @type {GoldMeasure} */ (gold.measures.get(key)));
    if (result === true) found.push(key);
    else missed.push({ key, reason: /** @type {string} */ (result) });
  }
  return {
    asOf: asOf.date,
    inForce: asOf.inForce.length,
    found,
    missed,
    wrong: wronglyInForce(state.measures, gold, asOf),
    pending: checkStatus(state.measures, gold, asOf.pending, 'pending'),
    suspended: checkStatus(state.measures, gold, asOf.suspended, 'suspended'),
    ended: checkStatus(state.measures, gold, asOf.ended, 'terminated'),
    exemptions: checkExemptions(state.measures, gold, asOf),
  };
}

/**
 * Totals over the dates of one regime, and whether the issue's goal is met: at least 90% of the
 * measures in force found with the right holding paragraph, none wrongly in force.
 * @param {DateScore[]} dates
 */
export function totals(dates) {
  const sum = (/** @type {(d: DateScore) => number} */ f) => dates.reduce((n, d) => n + f(d), 0);
  const inForce = sum((d) => d.inForce);
  const found = sum((d) => d.found.length);
  const wrong = sum((d) => d.wrong.length);
  const share = inForce === 0 ? 1 : found / inForce;
  return {
    inForce,
    found,
    share,
    wrong,
    pending: { expected: sum((d) => d.pending.expected), shown: sum((d) => d.pending.shown) },
    suspended: { expected: sum((d) => d.suspended.expected), shown: sum((d) => d.suspended.shown) },
    ended: { expected: sum((d) => d.ended.expected), shown: sum((d) => d.ended.shown) },
    exemptions: { expected: sum((d) => d.exemptions.expected), found: sum((d) => d.exemptions.found), misapplied: sum((d) => d.exemptions.misapplied.length) },
    meetsGoal: share >= GOAL_SHARE && wrong === 0,
  };
}

/** The issue's goal: the share of measures in force found with the right holding paragraph. */
export const GOAL_SHARE = 0.9;
