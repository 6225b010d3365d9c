import type { LanguageCode } from '../model/document.js';
import { CandidateIndex } from './candidate-index.js';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence.js';
import { FREE, Matching } from './matching.js';
import { FeatureSpace, similarity, SIMILARITY_THRESHOLD, type Features } from './similarity.js';
import { findSplitsAndMerges } from './split-merge.js';
import { tokenize } from './tokenize.js';

/** A clause as alignment sees it. */
export interface AlignUnit {
  id: string;
  /** Whitespace-normalised wording of the clause and its subparagraphs: equal keys, equal clauses. */
  key: string;
  /** The wording of the clause and its subparagraphs, for similarity (computed only when needed). */
  content: () => string;
  /** The clause has subparagraphs: a split or merge of it needs stronger evidence (split-merge.ts). */
  hasSubparagraphs: boolean;
}

/**
 * Two clauses that keep the same stable id are paired even below the similarity threshold, as
 * long as their wordings still agree this much: the id says the drafters rewrote that clause
 * rather than replaced it. Below it, the id is taken for a coincidence of numbering.
 */
const SAME_ID_FLOOR = 0.3;
/**
 * A clause paired by similar wording alone (the ids differ) that would show as moved must be
 * nearly the same clause: a clause inserted in one place that resembles one removed in another
 * is otherwise shown as a move that did not happen (with many alike clauses, dozens of them).
 */
const MOVED_BY_WORDING_FLOOR = 0.9;
/** Clauses compared in full with each clause that found no identical counterpart. */
const CANDIDATES = 8;

interface Candidate {
  old: number;
  new: number;
  similarity: number;
  sameId: boolean;
  distance: number;
}

/**
 * Pairs the clauses of two versions without cascading: first by stable id where the wording is
 * the same, then by identical wording wherever it moved, then by similar wording among the
 * rest (a bounded candidate search, so the cost stays near-linear; a clause that kept its id
 * before a look-alike), then by id alone where the wording still agrees; recurring wordings are
 * re-paired in order and far pairs by wording alone released where they would be phantom moves;
 * finally it recognises clauses split in several or merged into one.
 */
export function align(olds: readonly AlignUnit[], news: readonly AlignUnit[], language: LanguageCode): Matching {
  const matching = new Matching(olds.length, news.length);
  const oldById = new Map<string, number>();
  olds.forEach((unit, index) => {
    if (!oldById.has(unit.id)) oldById.set(unit.id, index);
  });

  news.forEach((unit, index) => {
    const old = oldById.get(unit.id);
    if (old !== undefined && matching.old.partner[old] === FREE && olds[old]!.key === unit.key) matching.pair(old, index, 'id', 1);
  });

  const oldByKey = new Map<string, number[]>();
  for (const index of matching.free(matching.old)) {
    const key = olds[index]!.key;
    const list = oldByKey.get(key);
    if (list) list.push(index);
    else oldByKey.set(key, [index]);
  }
  for (const index of matching.free(matching.new)) {
    const old = oldByKey.get(news[index]!.key)?.shift();
    if (old !== undefined) matching.pair(old, index, 'text', 1);
  }

  const space = new FeatureSpace();
  const oldFeatures = featureCache(olds, language, space);
  const newFeatures = featureCache(news, language, space);
  const freeOld = matching.free(matching.old);
  const freeNew = matching.free(matching.new);
  if (freeOld.length > 0 && freeNew.length > 0) {
    const index = new CandidateIndex(freeOld.map((position) => ({ position, words: oldFeatures(position).words })));
    const scale = olds.length / Math.max(1, news.length);
    const candidates: Candidate[] = [];
    for (const newIndex of freeNew) {
      const expected = Math.round(newIndex * scale);
      const found = new Set(index.candidates(newFeatures(newIndex).words, expected, CANDIDATES));
      const sameId = oldById.get(news[newIndex]!.id);
      if (sameId !== undefined && matching.old.partner[sameId] === FREE) found.add(sameId);
      for (const old of found) {
        const score = similarity(oldFeatures(old), newFeatures(newIndex));
        const isSameId = old === sameId;
        if (score >= SIMILARITY_THRESHOLD || (isSameId && score >= SAME_ID_FLOOR)) {
          candidates.push({ old, new: newIndex, similarity: score, sameId: isSameId, distance: Math.abs(old - expected) });
        }
      }
    }
    candidates.sort((a, b) => Number(b.sameId) - Number(a.sameId) || b.similarity - a.similarity || a.distance - b.distance || a.new - b.new || a.old - b.old);
    for (const candidate of candidates) {
      if (candidate.similarity < SIMILARITY_THRESHOLD) continue;
      if (matching.old.partner[candidate.old] === FREE && matching.new.partner[candidate.new] === FREE) matching.pair(candidate.old, candidate.new, 'similarity', candidate.similarity);
    }
    for (const candidate of candidates) {
      if (candidate.sameId && matching.old.partner[candidate.old] === FREE && matching.new.partner[candidate.new] === FREE) matching.pair(candidate.old, candidate.new, 'id', candidate.similarity);
    }
  }
  // Once every pair is known: whether pairing a wording in order leaves more clauses in order depends on all of them.
  pairRecurringWordingsInOrder(matching, olds, news);
  releaseFarPairsByWording(matching, olds, news);
  findSplitsAndMerges(matching, { count: olds.length, features: oldFeatures, hasSubparagraphs: (i) => olds[i]!.hasSubparagraphs }, { count: news.length, features: newFeatures, hasSubparagraphs: (j) => news[j]!.hasSubparagraphs });
  return matching;
}

/**
 * How many matched clauses kept their relative order (the longest run in order, as
 * `longestIncreasingSubsequence` finds it): every other matched clause shows as moved.
 */
function keptInOrder(matching: Matching): number {
  const olds: number[] = [];
  for (const old of matching.new.partner) if (old >= 0) olds.push(old);
  return longestIncreasingSubsequence(olds).reduce((sum, kept) => sum + kept, 0);
}

/** Unpairs the clauses paired by similar wording alone that would show as moved and are not nearly the same (`MOVED_BY_WORDING_FLOOR`). */
function releaseFarPairsByWording(matching: Matching, olds: readonly AlignUnit[], news: readonly AlignUnit[]): void {
  const paired: number[] = [];
  news.forEach((_, newIndex) => {
    if (matching.new.partner[newIndex]! >= 0) paired.push(newIndex);
  });
  const kept = longestIncreasingSubsequence(paired.map((newIndex) => matching.new.partner[newIndex]!));
  paired.forEach((newIndex, position) => {
    const old = matching.new.partner[newIndex]!;
    if (kept[position] === 1 || matching.matchedBy[newIndex] !== 'similarity' || olds[old]!.id === news[newIndex]!.id || matching.new.similarity[newIndex]! >= MOVED_BY_WORDING_FLOOR) return;
    matching.unpair(old, newIndex);
  });
}

/**
 * A wording that recurs ("Recalling its resolution …" twice) may have been paired across its
 * twin, by an id that landed on the twin when paragraphs were inserted. The wordings being the
 * same, pairing them in their order shows the same text and no move that did not happen. The
 * pairs of a wording are taken in order only where they cross one another, and only where that
 * leaves more clauses in order overall: where the same wording fills a whole document, pairing
 * it in order would shift every pair past the clauses edited among them and show those moved.
 */
function pairRecurringWordingsInOrder(matching: Matching, olds: readonly AlignUnit[], news: readonly AlignUnit[]): void {
  const pairsByKey = new Map<string, { olds: number[]; news: number[] }>();
  news.forEach((unit, newIndex) => {
    const old = matching.new.partner[newIndex]!;
    if (old < 0 || olds[old]!.key !== unit.key) return;
    const pairs = pairsByKey.get(unit.key) ?? { olds: [], news: [] };
    pairs.olds.push(old);
    pairs.news.push(newIndex);
    pairsByKey.set(unit.key, pairs);
  });
  let kept: number | undefined;
  for (const pairs of pairsByKey.values()) {
    if (pairs.news.length < 2 || pairs.olds.every((old, i) => i === 0 || pairs.olds[i - 1]! < old)) continue;
    const before = pairs.news.map((newIndex) => ({ newIndex, old: matching.new.partner[newIndex]!, by: matching.matchedBy[newIndex]! }));
    kept ??= keptInOrder(matching);
    const inOrder = [...pairs.olds].sort((a, b) => a - b);
    pairs.news.forEach((newIndex, i) => {
      const old = inOrder[i]!;
      matching.pair(old, newIndex, olds[old]!.id === news[newIndex]!.id ? 'id' : 'text', 1);
    });
    const after = keptInOrder(matching);
    if (after > kept) kept = after;
    else for (const { newIndex, old, by } of before) matching.pair(old, newIndex, by, 1);
  }
}

function featureCache(units: readonly AlignUnit[], language: LanguageCode, space: FeatureSpace): (index: number) => Features {
  const cache = new Array<Features | undefined>(units.length);
  return (index) => (cache[index] ??= space.features(tokenize(units[index]!.content(), language)));
}
