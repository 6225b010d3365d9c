import type { LanguageCode } from '../model/document.js';
import { anchoredDiff, type TokenRun } from './anchored-diff.js';
import { tokenize, type Token } from './tokenize.js';
import type { Redline, RedlineSegment } from './types.js';

export interface RedlineOptions {
  /**
   * Work budget: the word diff gives up (and shows the whole clause replaced) rather than
   * explore more than about this many token comparisons. Deterministic, unlike a timeout.
   */
  maxWork?: number;
  /** Wall-clock safety net in milliseconds, for machines slower than the budget assumes. */
  timeoutMs?: number;
}

/**
 * Myers' algorithm costs about (old + new tokens) × edit distance. A budget of five million
 * steps is a few milliseconds: any real clause fits, and a pathological one falls back at once.
 * A long clause is cut at anchors first (`anchoredDiff`), each piece spending from the budget.
 */
const DEFAULT_MAX_WORK = 5_000_000;
const DEFAULT_TIMEOUT_MS = 1000;

class SegmentList {
  readonly segments: RedlineSegment[] = [];

  /** The text written so far ends with this. */
  last(): string {
    return this.segments.at(-1)?.text ?? '';
  }

  push(kind: RedlineSegment['kind'], text: string): void {
    if (text === '') return;
    const last = this.segments.at(-1);
    if (last?.kind === kind) last.text += text;
    else this.segments.push({ kind, text });
  }
}

function isEqual(change: { added?: boolean; removed?: boolean } | undefined): boolean {
  return change !== undefined && !change.added && !change.removed;
}

function wholeReplacement(oldText: string, newText: string): Redline {
  const list = new SegmentList();
  list.push('delete', oldText);
  list.push('insert', newText);
  return { segments: list.segments, fallback: true };
}

/**
 * Builds segments from jsdiff's token runs. The segments of the new side (`equal` and
 * `insert`) are the new text exactly, whitespace included; `delete` segments carry the old
 * wording with the old spaces around it that keep it apart from its neighbours.
 */
function segmentsOf(changes: readonly TokenRun[], oldText: string, newText: string, oldTokens: Token[], newTokens: Token[]): RedlineSegment[] {
  const list = new SegmentList();
  let oldAt = 0;
  let newAt = 0;
  /** Whether the whitespace before new token `newAt` has been written already. */
  let separatorWritten = false;
  const separatorBefore = (index: number) => (index > 0 ? newText.slice(newTokens[index - 1]!.end, newTokens[index]!.start) : '');
  const writeNew = (kind: 'equal' | 'insert', count: number) => {
    if (!separatorWritten) list.push('equal', separatorBefore(newAt));
    list.push(kind, newText.slice(newTokens[newAt]!.start, newTokens[newAt + count - 1]!.end));
    newAt += count;
    separatorWritten = false;
  };

  list.push('equal', newText.slice(0, newTokens[0]?.start ?? newText.length));
  for (const [index, change] of (changes ?? []).entries()) {
    const count = change.count;
    if (change.added) {
      // Words written together on the new side ("Council’s—shall") were apart on the old one
      // ("Council’s shall"): the old space is shown deleted, or the old side would read them joined.
      const between = index > 0 && isEqual(changes[index - 1]) && isEqual(changes[index + 1]);
      if (between && (separatorWritten || separatorBefore(newAt) === '') && separatorBefore(newAt + count) === '') {
        const gap = oldText.slice(oldTokens[oldAt - 1]!.end, oldTokens[oldAt]!.start);
        if (/\s/u.test(gap)) list.push('delete', gap);
      }
      writeNew('insert', count);
    } else if (change.removed) {
      const first = oldTokens[oldAt]!;
      const last = oldTokens[oldAt + count - 1]!;
      if (newAt > 0 && newAt < newTokens.length && !separatorWritten) {
        list.push('equal', separatorBefore(newAt));
        separatorWritten = true;
      }
      // The old spaces around the deleted words, where nothing else will keep them apart from the words next to them.
      const before = oldAt > 0 && !/\s$/u.test(list.last()) ? oldText.slice(oldTokens[oldAt - 1]!.end, first.start) : '';
      const next = changes?.[index + 1];
      const resumes = next?.added ? newAt + next.count : newAt;
      const spaced = resumes < newTokens.length && (!next?.added || separatorBefore(resumes) === '');
      const after = spaced ? oldText.slice(last.end, oldTokens[oldAt + count]?.start ?? last.end) : '';
      list.push('delete', before + oldText.slice(first.start, last.end) + after);
      oldAt += count;
    } else {
      writeNew('equal', count);
      oldAt += count;
    }
  }
  if (newTokens.length > 0) list.push('equal', newText.slice(newTokens.at(-1)!.end));
  return list.segments;
}

/**
 * A word-level redline of one clause: what stayed, what was deleted, what was inserted.
 * Whitespace and line wraps are never changes; every word and punctuation mark is compared
 * whole, in every official language. The work is bounded: past the budget, a piece of a long
 * clause is shown replaced, and a clause in which nothing could be matched is shown replaced
 * whole (`fallback: true`), so no input can hang the tool.
 */
export function redline(oldText: string, newText: string, language: LanguageCode, options: RedlineOptions = {}): Redline {
  const oldTokens = tokenize(oldText, language);
  const newTokens = tokenize(newText, language);
  const budget = { work: options.maxWork ?? DEFAULT_MAX_WORK, deadline: Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
  const changes = anchoredDiff(
    oldTokens.map((t) => t.key),
    newTokens.map((t) => t.key),
    budget,
  );
  if (!changes) return wholeReplacement(oldText, newText);
  return { segments: segmentsOf(changes, oldText, newText, oldTokens, newTokens), fallback: false };
}

/** Whether a redline shows any change of wording. */
export function hasEdits(redline: Redline): boolean {
  return redline.segments.some((segment) => segment.kind !== 'equal');
}

/** The text on one side of a redline: `new` gives the new text exactly. */
export function sideText(redline: Redline, side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return redline.segments
    .filter((segment) => segment.kind !== skip)
    .map((segment) => segment.text)
    .join('');
}
