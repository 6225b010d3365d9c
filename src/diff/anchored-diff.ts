import { diffArrays } from 'diff';
import { longestIncreasingSubsequence } from './longest-increasing-subsequence.js';

/** A run of tokens, as jsdiff reports it: kept, removed from the old side, or added on the new. */
export interface TokenRun {
  count: number;
  added?: boolean;
  removed?: boolean;
}

/** What the diff of a long text may spend: Myers steps, and wall-clock time as a safety net. */
export interface DiffBudget {
  work: number;
  deadline: number;
  /** Set when some piece could not be diffed within the budget and is shown replaced. */
  exhausted?: boolean;
}

/**
 * Pieces up to this many tokens (both sides) are diffed whole with Myers' algorithm; longer ones
 * are first cut at anchors. A clause of a few hundred words never is, so its redline is exactly
 * what it always was.
 */
const PIECE_TOKENS = 2000;

/** A half-open range of token positions on each side. */
interface Piece {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Collects runs, joining neighbours of the same kind, removals before additions in a replacement. */
class RunList {
  readonly runs: TokenRun[] = [];

  push(kind: 'equal' | 'removed' | 'added', count: number): void {
    if (count === 0) return;
    const last = this.runs.at(-1);
    if (last && kindOf(last) === kind) {
      last.count += count;
      return;
    }
    // A removal right after an addition (two pieces replaced in a row) goes before it, as jsdiff orders them.
    if (kind === 'removed' && last?.added) {
      const before = this.runs.at(-2);
      if (before?.removed) before.count += count;
      else this.runs.splice(this.runs.length - 1, 0, { count, removed: true });
      return;
    }
    this.runs.push(kind === 'equal' ? { count } : kind === 'removed' ? { count, removed: true } : { count, added: true });
  }
}

function kindOf(run: TokenRun): 'equal' | 'removed' | 'added' {
  return run.added ? 'added' : run.removed ? 'removed' : 'equal';
}

/** A run of equal tokens: where it starts on each side, and how long it is. */
type Anchor = [oldAt: number, newAt: number, length: number];

/** Tokens that end a sentence or a clause of one: a long text is cut after them first. */
const SENTENCE_END = /^[.;:!?。；：！？]$/u;

/** The sentences of `keys[start, end)`: each one's key (its tokens joined), start and length. */
function sentencesOf(keys: readonly string[], start: number, end: number): Array<{ key: string; at: number; length: number }> {
  const sentences: Array<{ key: string; at: number; length: number }> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (i + 1 === end || SENTENCE_END.test(keys[i]!)) {
      sentences.push({ key: keys.slice(from, i + 1).join('\u0001'), at: from, length: i + 1 - from });
      from = i + 1;
    }
  }
  return sentences;
}

/** Units that occur exactly once on each side, in the same order on both (a longest increasing subsequence), as in patience diff. */
function uniqueInOrder<T extends { key: string; at: number; length: number }>(olds: readonly T[], news: readonly T[]): Anchor[] {
  const once = (units: readonly T[]) => {
    const seen = new Map<string, T | null>();
    for (const unit of units) seen.set(unit.key, seen.has(unit.key) ? null : unit);
    return seen;
  };
  const oldOnce = once(olds);
  const newOnce = once(news);
  const pairs: Anchor[] = [];
  for (const [key, old] of oldOnce) {
    const found = newOnce.get(key);
    if (old && found) pairs.push([old.at, found.at, old.length]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const kept = longestIncreasingSubsequence(pairs.map(([, newAt]) => newAt));
  return pairs.filter((_, i) => kept[i] === 1);
}

/**
 * Anchors of a long piece, as in patience diff: first the sentences found exactly once on each
 * side, in the same order on both; where there are none, the runs of words found so. A long
 * clause's revision keeps most of its sentences, so they cut it into pieces that each hold an
 * edit or two.
 */
function anchorsOf(oldKeys: readonly string[], newKeys: readonly string[], piece: Piece): Anchor[] {
  const sentences = uniqueInOrder(sentencesOf(oldKeys, piece.oldStart, piece.oldEnd), sentencesOf(newKeys, piece.newStart, piece.newEnd));
  if (sentences.length > 0) return sentences;
  return uniqueInOrder(runsOf(oldKeys, piece.oldStart, piece.oldEnd), runsOf(newKeys, piece.newStart, piece.newEnd));
}

/** Words of a run that make it an anchor: few enough to be found on both sides, many enough to be found once in a long text of few words. */
const RUN_WORDS = 6;

/**
 * The runs of `RUN_WORDS` words starting at each token of `keys[start, end)`, each anchoring
 * its first word only (runs overlap): where no sentence is found once, a run of words is.
 */
function runsOf(keys: readonly string[], start: number, end: number): Array<{ key: string; at: number; length: number }> {
  const runs: Array<{ key: string; at: number; length: number }> = [];
  for (let at = start; at + RUN_WORDS <= end; at++) runs.push({ key: keys.slice(at, at + RUN_WORDS).join('\u0001'), at, length: 1 });
  return runs;
}

/** Myers' diff of a piece within the budget; false when the budget ran out. */
function myers(oldKeys: readonly string[], newKeys: readonly string[], piece: Piece, budget: DiffBudget, out: RunList): boolean {
  const total = piece.oldEnd - piece.oldStart + piece.newEnd - piece.newStart;
  const maxEditLength = Math.max(1, Math.floor(budget.work / Math.max(1, total)));
  const timeout = Math.max(1, budget.deadline - Date.now());
  const changes = diffArrays(oldKeys.slice(piece.oldStart, piece.oldEnd), newKeys.slice(piece.newStart, piece.newEnd), { maxEditLength, timeout });
  if (!changes) return false;
  let edits = 0;
  for (const change of changes) {
    if (change.added || change.removed) edits += change.count;
    out.push(change.added ? 'added' : change.removed ? 'removed' : 'equal', change.count);
  }
  budget.work = Math.max(0, budget.work - total * (edits + 1));
  return true;
}

/** Diffs one piece: a short one with Myers; a long one keeps its common ends and is cut at anchors, or diffed with Myers where it has none. */
function diffPiece(oldKeys: readonly string[], newKeys: readonly string[], piece: Piece, budget: DiffBudget, out: RunList): void {
  if (piece.oldEnd - piece.oldStart + piece.newEnd - piece.newStart <= PIECE_TOKENS) {
    replaceUnlessDiffed(oldKeys, newKeys, piece, budget, out);
    return;
  }
  let { oldStart, oldEnd, newStart, newEnd } = piece;
  let head = 0;
  while (oldStart < oldEnd && newStart < newEnd && oldKeys[oldStart] === newKeys[newStart]) {
    oldStart++;
    newStart++;
    head++;
  }
  let tail = 0;
  while (oldEnd > oldStart && newEnd > newStart && oldKeys[oldEnd - 1] === newKeys[newEnd - 1]) {
    oldEnd--;
    newEnd--;
    tail++;
  }
  out.push('equal', head);
  const inner = { oldStart, oldEnd, newStart, newEnd };
  const anchors = anchorsOf(oldKeys, newKeys, inner);
  if (anchors.length > 0) {
    let oldAt = oldStart;
    let newAt = newStart;
    for (const [oldAnchor, newAnchor, length] of anchors) {
      diffPiece(oldKeys, newKeys, { oldStart: oldAt, oldEnd: oldAnchor, newStart: newAt, newEnd: newAnchor }, budget, out);
      out.push('equal', length);
      oldAt = oldAnchor + length;
      newAt = newAnchor + length;
    }
    diffPiece(oldKeys, newKeys, { oldStart: oldAt, oldEnd, newStart: newAt, newEnd }, budget, out);
  } else {
    replaceUnlessDiffed(oldKeys, newKeys, inner, budget, out);
  }
  out.push('equal', tail);
}

/** Myers' diff of a piece; where the budget runs out, the piece is shown replaced. */
function replaceUnlessDiffed(oldKeys: readonly string[], newKeys: readonly string[], piece: Piece, budget: DiffBudget, out: RunList): void {
  if (piece.oldStart === piece.oldEnd || piece.newStart === piece.newEnd) {
    out.push('removed', piece.oldEnd - piece.oldStart);
    out.push('added', piece.newEnd - piece.newStart);
    return;
  }
  if (myers(oldKeys, newKeys, piece, budget, out)) return;
  budget.exhausted = true;
  out.push('removed', piece.oldEnd - piece.oldStart);
  out.push('added', piece.newEnd - piece.newStart);
}

/**
 * The token runs from `oldKeys` to `newKeys`. Short texts are diffed whole with Myers'
 * algorithm; a long one (an annex of many pages) is first cut at anchors (`anchorsOf`), so that
 * its cost grows with its length, not with its length times its edits. Undefined when the
 * budget ran out before any word could be matched: the caller shows the text replaced whole.
 */
export function anchoredDiff(oldKeys: readonly string[], newKeys: readonly string[], budget: DiffBudget): TokenRun[] | undefined {
  const out = new RunList();
  diffPiece(oldKeys, newKeys, { oldStart: 0, oldEnd: oldKeys.length, newStart: 0, newEnd: newKeys.length }, budget, out);
  const replacedWhole = budget.exhausted === true && out.runs.every((run) => run.added || run.removed);
  return replacedWhole ? undefined : out.runs;
}
