import type { Bracket } from '../../model/document.js';
import { scanBrackets } from '../../text/brackets.js';
import { joinNames } from '../../text/join-names.js';
import { NegotiationRefusal } from '../refusal.js';
import { squeezeSpace } from '../../text/squeeze-space.js';

/** One delegation's (or several delegations' same) wording of a clause. */
export interface Alternative {
  names: string[];
  text: string;
  brackets?: Bracket[];
}

export interface BracketedText {
  text: string;
  brackets: Bracket[];
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function commonPrefix(lists: readonly string[][]): number {
  const shortest = Math.min(...lists.map((l) => l.length));
  let n = 0;
  while (n < shortest && lists.every((l) => l[n] === lists[0]![n])) n++;
  return n;
}

function commonSuffix(lists: readonly string[][], prefix: number): number {
  const room = Math.min(...lists.map((l) => l.length)) - prefix;
  let n = 0;
  while (n < room && lists.every((l) => l[l.length - 1 - n] === lists[0]![lists[0]!.length - 1 - n])) n++;
  return n;
}

/**
 * Different wordings of one clause, each by its delegations, as one text with a negotiation
 * bracket holding one alternative per wording where they differ ("… shall [immediately |
 * within 30 days] lift …"), attributed in order. The words all wordings share stay outside the
 * bracket; where one wording only leaves words out, the bracket takes in a shared neighbouring
 * word so that no alternative is empty. Brackets the wordings share before and after are kept
 * with their descriptions. Brackets do not nest: when the wordings differ inside a bracket
 * already there, the merge is refused, naming the clause.
 */
export function bracketAlternatives(alternatives: readonly Alternative[], where: string): BracketedText {
  const lists = alternatives.map((a) => words(a.text));
  let prefix = commonPrefix(lists);
  let suffix = commonSuffix(lists, prefix);
  const middle = () => lists.map((l) => l.slice(prefix, l.length - suffix));
  if (middle().some((m) => m.length === 0)) {
    if (prefix > 0) prefix--;
    else if (suffix > 0) suffix--;
  }
  const options = middle().map((m) => m.join(' '));
  if (options.some((o) => o === '')) throw new NegotiationRefusal(`${where}: one wording is empty; a bracket cannot hold an empty alternative`);
  const before = lists[0]!.slice(0, prefix).join(' ');
  const after = lists[0]!.slice(lists[0]!.length - suffix).join(' ');
  const insideBracket = scanBrackets(before).problems.some((p) => p.kind === 'unclosed');
  if (insideBracket || options.some((o) => /[[\]|]/.test(o))) {
    throw new NegotiationRefusal(`${where}: ${joinNames(alternatives.map((a) => joinNames(a.names)))} change the bracketed language differently, and brackets cannot nest; settle that bracket in the copies (or merge them in turn)`);
  }
  const text = [before, `[${options.join(' | ')}]`, after].filter(Boolean).join(' ');
  const first = alternatives[0]!;
  const held = first.brackets ?? [];
  const ahead = scanBrackets(before).brackets.length;
  const bracket: Bracket = { state: 'open', proposedBy: alternatives.map((a) => joinNames(a.names)) };
  return { text, brackets: [...held.slice(0, ahead), bracket, ...held.slice(ahead)] };
}

/**
 * A clause's whole wording in one bracket, for a paragraph some delegations would delete and
 * others keep (changed): the bracket names those who keep it and, in its note, who would delete it.
 */
export function bracketWhole(text: string, keptBy: readonly string[], deletedBy: readonly string[], where: string): BracketedText {
  if (/[[\]|]/.test(text)) throw new NegotiationRefusal(`${where}: ${joinNames(deletedBy)} would delete it and ${joinNames(keptBy)} keep it, but it holds brackets already and brackets cannot nest; settle its brackets in the copies first`);
  return { text: `[${squeezeSpace(text)}]`, brackets: [{ state: 'open', proposedBy: [joinNames(keptBy)], note: `deletion proposed by ${joinNames(deletedBy)}` }] };
}
