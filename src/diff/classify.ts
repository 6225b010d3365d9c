import type { LanguageCode } from '../model/document.js';
import { align } from './align.js';
import type { Anchors } from './anchors.js';
import { comparedWording, partOf, sameWording, type ClauseUnit } from './clause-units.js';
import { diffBrackets } from './brackets.js';
import { diffEffects, diffMeasures } from './effects.js';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence.js';
import { FREE, type Grouping, type Matching } from './matching.js';
import { hasEdits, redline, type RedlineOptions } from './redline.js';
import type { ClauseChange, ClauseSide, Part } from './types.js';

export interface ClassifyContext {
  language: LanguageCode;
  redline: RedlineOptions;
  anchors: Anchors;
  /** Called for every pair of clauses found to be versions of each other (not for subparagraphs). */
  onPair?: (change: ClauseChange, old: ClauseUnit, updated: ClauseUnit) => void;
}

const withText = (unit: ClauseUnit): ClauseSide => ({ ...unit.side, text: unit.wording });

/** A side with its wording and, where it has subparagraphs, theirs: the side of a split or merged clause. */
function withContent(unit: ClauseUnit): ClauseSide {
  const side = withText(unit);
  if (unit.children.length > 0) side.subparagraphs = unit.children.map(withContent);
  return side;
}

const effectsOf = (unit: ClauseUnit) => ('effects' in unit.clause ? unit.clause.effects : undefined);
const measuresOf = (unit: ClauseUnit) => ('measures' in unit.clause ? unit.clause.measures : undefined);
const headingOf = (unit: ClauseUnit) => ('heading' in unit.clause ? unit.clause.heading : undefined);

const withDescendants = (unit: ClauseUnit): ClauseUnit[] => [unit, ...unit.children.flatMap(withDescendants)];

/** Brackets are looked for only where a clause or its subparagraphs may hold some: most clauses hold none. */
const mayHoldBrackets = (unit: ClauseUnit): boolean => unit.clause.brackets !== undefined || (unit.clause.text?.includes('[') ?? false) || unit.children.some(mayHoldBrackets);

/** Effects, measures and negotiation brackets of the clauses on each side of a change, compared. */
function annotate(change: ClauseChange, olds: readonly ClauseUnit[], news: readonly ClauseUnit[]): void {
  // Subparagraphs compared on their own carry their own bracket changes; the others' are compared here.
  if (olds.some(mayHoldBrackets) || news.some(mayHoldBrackets)) {
    const holders = (units: readonly ClauseUnit[]) => units.flatMap((u) => (change.subparagraphs ? [u] : withDescendants(u))).map((u) => u.clause);
    const brackets = diffBrackets(holders(olds), holders(news), change.new[0]?.id ?? change.old[0]?.id);
    if (brackets.length > 0) change.brackets = brackets;
  }
  const declares = (units: readonly ClauseUnit[]) => units.some((u) => effectsOf(u) !== undefined || measuresOf(u) !== undefined);
  if (!declares(olds) && !declares(news)) return;
  const declared = (units: readonly ClauseUnit[]) => JSON.stringify(units.map((u) => [effectsOf(u), measuresOf(u)]));
  if (olds.length === news.length && declared(olds) === declared(news)) return;
  const effects = diffEffects(olds.flatMap((u) => effectsOf(u) ?? []), news.flatMap((u) => effectsOf(u) ?? []));
  if (effects.length > 0) change.effects = effects;
  const measures = diffMeasures(olds.flatMap((u) => measuresOf(u) ?? []), news.flatMap((u) => measuresOf(u) ?? []));
  if (measures) change.measures = measures;
}

/**
 * The clauses that kept their relative order, within each part. A clause paired across the
 * boundary between preamble and operative part, or from one part A, B, C … of a resolution
 * divided into parts to another (or into or out of the parts), is always moved.
 */
function movedPairs(matching: Matching, olds: readonly ClauseUnit[], news: readonly ClauseUnit[]): Set<number> {
  const moved = new Set<number>();
  const byPart: Record<Part, number[]> = { preamble: [], operative: [] };
  news.forEach((unit, index) => {
    const partner = matching.new.partner[index]!;
    if (partner < 0) return;
    if (olds[partner]!.side.part !== unit.side.part || partOf(olds[partner]!) !== partOf(unit)) moved.add(index);
    else byPart[unit.side.part].push(index);
  });
  for (const indices of Object.values(byPart)) {
    const kept = longestIncreasingSubsequence(indices.map((index) => matching.new.partner[index]!));
    indices.forEach((index, position) => {
      if (kept[position] === 0) moved.add(index);
    });
  }
  return moved;
}

function whole(kind: 'added' | 'removed', unit: ClauseUnit, context: ClassifyContext): ClauseChange {
  const subparagraphs = unit.children.map((child) => whole(kind, child, context));
  const change: ClauseChange =
    kind === 'added'
      ? { kind, anchor: context.anchors.claim(unit.id), old: [], new: [withText(unit)] }
      : { kind, anchor: context.anchors.claim(`removed-${unit.id}`), old: [withText(unit)], new: [] };
  if (subparagraphs.length > 0) change.subparagraphs = subparagraphs;
  if (kind === 'added') annotate(change, [], [unit]);
  else annotate(change, [unit], []);
  return change;
}

function paired(old: ClauseUnit, updated: ClauseUnit, matching: Matching, index: number, moved: boolean, context: ClassifyContext): ClauseChange {
  const change: ClauseChange = { kind: 'unchanged', anchor: context.anchors.claim(updated.id), old: [old.side], new: [updated.side], matchedBy: matching.matchedBy[index]! };
  const score = matching.new.similarity[index]!;
  if (score < 1) change.similarity = Math.round(score * 1000) / 1000;
  if (old.key !== updated.key) {
    if (comparedWording(old.wording) !== comparedWording(updated.wording)) {
      const lines = redline(old.wording, updated.wording, context.language, context.redline);
      if (hasEdits(lines)) change.redline = lines;
    }
    const sameSubparagraphs = old.children.length === updated.children.length && old.children.every((child, i) => child.key === updated.children[i]!.key && child.side.number === updated.children[i]!.side.number);
    const subparagraphs = sameSubparagraphs ? [] : classifyClauses(old.children, updated.children, { ...context, onPair: undefined });
    if (subparagraphs.some((sub) => sub.kind !== 'unchanged')) change.subparagraphs = subparagraphs;
  }
  const [oldHeading, newHeading] = [headingOf(old), headingOf(updated)];
  if (!sameWording(oldHeading, newHeading)) change.heading = { ...(oldHeading !== undefined && { old: oldHeading }), ...(newHeading !== undefined && { new: newHeading }) };
  if (partOf(old) !== partOf(updated)) change.inPart = { ...(old.side.inPart !== undefined && { old: old.side.inPart }), ...(updated.side.inPart !== undefined && { new: updated.side.inPart }) };
  annotate(change, [old], [updated]);
  if (moved) change.kind = 'moved';
  else if (change.redline || change.subparagraphs || change.heading) change.kind = 'reworded';
  else if (old.side.number !== updated.side.number) change.kind = 'renumbered';
  context.onPair?.(change, old, updated);
  return change;
}

function grouped(grouping: Grouping, olds: readonly ClauseUnit[], news: readonly ClauseUnit[], context: ClassifyContext): ClauseChange {
  const from = grouping.old.map((i) => olds[i]!);
  const to = grouping.new.map((j) => news[j]!);
  const change: ClauseChange = {
    kind: to.length > 1 ? 'split' : 'merged',
    anchor: context.anchors.claim(to[0]!.id),
    old: from.map(withContent),
    new: to.map(withContent),
    similarity: Math.round(grouping.similarity * 1000) / 1000,
    redline: redline(from.map((u) => u.labelledContent()).join(' '), to.map((u) => u.labelledContent()).join(' '), context.language, context.redline),
  };
  annotate(change, from, to);
  return change;
}

/**
 * Compares two lists of sibling clauses (the paragraphs of a document, or one paragraph's
 * subparagraphs) and returns one change per clause: in new order, each removed clause after
 * the clause that preceded it in the old list.
 */
export function classifyClauses(olds: readonly ClauseUnit[], news: readonly ClauseUnit[], context: ClassifyContext): ClauseChange[] {
  const matching = align(olds, news, context.language);
  const moved = movedPairs(matching, olds, news);
  const groupingOf = new Map<number, Grouping>();
  const oldGroupingOf = new Map<number, Grouping>();
  for (const grouping of matching.groupings) {
    for (const index of grouping.new) groupingOf.set(index, grouping);
    for (const index of grouping.old) oldGroupingOf.set(index, grouping);
  }

  const placed: Array<{ change: ClauseChange; at: number; after: number }> = [];
  news.forEach((unit, index) => {
    const partner = matching.new.partner[index]!;
    if (partner >= 0) placed.push({ change: paired(olds[partner]!, unit, matching, index, moved.has(index), context), at: index, after: -1 });
    else if (partner === FREE) placed.push({ change: whole('added', unit, context), at: index, after: -1 });
    else if (groupingOf.get(index)!.new[0] === index) placed.push({ change: grouped(groupingOf.get(index)!, olds, news, context), at: index, after: -1 });
  });
  let lastKept = -1;
  olds.forEach((unit, index) => {
    const partner = matching.old.partner[index]!;
    if (partner === FREE) placed.push({ change: whole('removed', unit, context), at: lastKept, after: index });
    else lastKept = partner >= 0 ? partner : oldGroupingOf.get(index)!.new[0]!;
  });
  placed.sort((a, b) => a.at - b.at || a.after - b.after);
  return placed.map(({ change }) => change);
}
