/** Names for clauses and kinds of change, as a delegation writes them ("OP 5", "PP 3", "deleted"). */
import type { ClauseChange, ClauseChangeKind, ClauseSide, ForceChange } from '../../../diff/types.js';
import { ordinal } from '../../../text/ordinal.js';
import { joinNames } from '../../../text/join-names.js';

/** Whether a side is a preambular or operative paragraph, or a subparagraph inside one. */
export type Level = 'paragraph' | 'subparagraph';

/** " (part B)", " of part B": where a paragraph of a resolution divided into parts A, B, C … stands. */
function inPart(side: ClauseSide, words: string): string {
  return side.inPart === undefined ? '' : words.replace('%', side.inPart);
}

/** "PP 3" (the third preambular paragraph), "OP 5", "OP 5 (part B)", "OP 8(a)", "(a)". */
export function shortLabel(side: ClauseSide, level: Level): string {
  if (level === 'subparagraph') {
    if (side.path !== undefined) return `OP ${side.path}`;
    return side.number !== undefined ? `(${side.number})` : `unnumbered text (${ordinal(side.index + 1)} entry)`;
  }
  const part = inPart(side, ' (part %)');
  if (side.part === 'preamble') return `PP ${side.index + 1}${part}`;
  return side.number !== undefined ? `OP ${side.number}${part}` : `OP (number not confirmed, ${ordinal(side.index + 1)})${part}`;
}

/** "preambular paragraph 3", "operative paragraph 5", "operative paragraph 5 of part B", "subparagraph 8(a)". */
export function longLabel(side: ClauseSide, level: Level): string {
  if (level === 'subparagraph') return side.path !== undefined ? `subparagraph ${side.path}` : `subparagraph ${shortLabel(side, level)}`;
  const part = inPart(side, ' of part %');
  if (side.part === 'preamble') return `preambular paragraph ${side.index + 1}${part}`;
  return side.number !== undefined ? `operative paragraph ${side.number}${part}` : `operative paragraph (number not confirmed, ${ordinal(side.index + 1)})${part}`;
}

export function sidesLabel(sides: readonly ClauseSide[], level: Level, label: (side: ClauseSide, level: Level) => string): string {
  const labels = sides.map((side) => label(side, level));
  return joinNames(labels);
}

export const KIND_WORDS: Record<ClauseChangeKind, string> = {
  unchanged: 'unchanged',
  reworded: 'reworded',
  added: 'added',
  removed: 'deleted',
  moved: 'moved',
  renumbered: 'renumbered',
  split: 'split',
  merged: 'merged',
};

/** The order changes are counted in: what changes the words first, numbering last. */
export const KIND_ORDER: readonly ClauseChangeKind[] = ['reworded', 'added', 'removed', 'moved', 'split', 'merged', 'renumbered'];

/** "binding → non-binding", "operative → preamble", "Chapter VII removed". */
export function forceWords(force: ForceChange): string {
  if (force.kind === 'opening-verb') return force.direction === 'weakened' ? 'binding → non-binding' : force.direction === 'strengthened' ? 'non-binding → binding' : 'opening verb changed';
  if (force.kind === 'part') return force.direction === 'weakened' ? 'operative → preamble' : 'preamble → operative';
  return force.to ? 'Chapter VII added' : 'Chapter VII removed';
}

/** Whether the change does more than renumber (or leave alone) the paragraph: it gets a section of its own. */
export function hasSection(change: ClauseChange, force: readonly ForceChange[]): boolean {
  const substantive = change.kind !== 'unchanged' && change.kind !== 'renumbered' && !(change.kind === 'moved' && !change.redline);
  const details = Boolean(change.redline || change.heading || change.inPart || change.subparagraphs?.length || change.effects?.length || change.measures || change.brackets?.length);
  return substantive || details || force.some((f) => 'anchor' in f && f.anchor === change.anchor);
}

/** Whether anything at all changed about the paragraph, its number included. */
export function isChanged(change: ClauseChange): boolean {
  return change.kind !== 'unchanged' || Boolean(change.heading || change.inPart || change.subparagraphs?.length || change.effects?.length || change.measures || change.brackets?.length);
}
