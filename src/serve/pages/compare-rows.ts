import type { Element, ElementContent } from 'hast';
import type { Clause } from '../../model/document.js';
import type { ClauseChange, ClauseSide, ForceChange } from '../../diff/types.js';
import { forceWords, isChanged, KIND_WORDS, sidesLabel, shortLabel, type Level } from '../../render/report/diff/labels.js';
import { h, type Child } from './h.js';
import { redlineElements } from './redline-elements.js';

export type CompareView = 'side' | 'inline';

/** What the rows need of the two documents: their clauses by id, and their languages. */
export interface CompareSides {
  old: Map<string, Clause>;
  new: Map<string, Clause>;
  oldLanguage: string;
  newLanguage: string;
}

function dirOf(language: string): string {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** A side's own wording: given in the change, else the document's (a clause unchanged in words). */
function wordingOf(side: ClauseSide, clauses: Map<string, Clause>): string {
  const clause = clauses.get(side.id);
  return side.text ?? clause?.text ?? (clause?.summary ? `(editorial summary, not the official text) ${clause.summary.text}` : '');
}

function labelled(side: ClauseSide, level: Level, words: Child[]): Element {
  return h('p', {}, h('strong', {}, `${shortLabel(side, level)} `), words);
}

/** The words of one column: the old (deletions marked) or the new (insertions marked). */
function column(change: ClauseChange, which: 'old' | 'new', level: Level, sides: CompareSides): ElementContent[] {
  const list = change[which];
  if (list.length === 0) return [];
  const clauses = sides[which];
  if (change.redline) return [h('p', {}, h('strong', {}, `${sidesLabel(list, level, shortLabel)} `), redlineElements(change.redline, which))];
  return list.map((side) => labelled(side, level, [wordingOf(side, clauses)]));
}

/** The one column of the inline view: the whole redline, or the added or deleted words marked as such. */
function inlineColumn(change: ClauseChange, level: Level, sides: CompareSides): ElementContent[] {
  const label = sidesLabel(change.new.length ? change.new : change.old, level, shortLabel);
  if (change.redline) return [h('p', {}, h('strong', {}, `${label} `), redlineElements(change.redline, 'inline'))];
  if (change.kind === 'added') return change.new.map((side) => labelled(side, level, [h('ins', {}, wordingOf(side, sides.new))]));
  if (change.kind === 'removed') return change.old.map((side) => labelled(side, level, [h('del', {}, wordingOf(side, sides.old))]));
  return change.new.map((side) => labelled(side, level, [wordingOf(side, sides.new)]));
}

function badges(change: ClauseChange, force: readonly ForceChange[]): Element[] {
  const list: Element[] = [];
  if (change.kind !== 'unchanged') list.push(h('span', { className: ['badge', change.kind] }, KIND_WORDS[change.kind]));
  const renumbered = change.kind === 'moved' && change.old[0]?.number !== change.new[0]?.number;
  if (renumbered) list.push(h('span', { className: ['badge', 'renumbered'] }, 'renumbered'));
  for (const f of force.filter((f) => 'anchor' in f && f.anchor === change.anchor)) list.push(h('span', { className: ['badge', f.direction] }, `${f.direction}: ${forceWords(f)}`));
  if (change.effects?.length) list.push(h('span', { className: ['badge', 'reworded'] }, `${change.effects.length} effect${change.effects.length === 1 ? '' : 's'} changed`));
  if (change.kind === 'unchanged' && isChanged(change)) list.push(h('span', { className: ['badge', 'reworded'] }, 'subparagraphs or details changed'));
  return list;
}

function where(change: ClauseChange, level: Level): string {
  const from = change.old.length ? sidesLabel(change.old, level, shortLabel) : undefined;
  const to = change.new.length ? sidesLabel(change.new, level, shortLabel) : undefined;
  return from && to && from !== to ? `${from} → ${to}` : (to ?? from ?? '');
}

/** The subparagraph changes inside a paragraph, each a small row of its own. */
function subRows(change: ClauseChange, view: CompareView, sides: CompareSides): Element[] {
  return (change.subparagraphs ?? []).map((sub) => {
    const cells = view === 'inline' ? [h('div', { className: ['side'] }, inlineColumn(sub, 'subparagraph', sides))] : [h('div', { className: ['side'], lang: sides.oldLanguage, dir: dirOf(sides.oldLanguage) }, column(sub, 'old', 'subparagraph', sides)), h('div', { className: ['side'], lang: sides.newLanguage, dir: dirOf(sides.newLanguage) }, column(sub, 'new', 'subparagraph', sides))];
    return h('div', { className: ['row', 'sub', ...(view === 'inline' ? ['inline'] : [])] }, h('div', { className: ['meta'] }, badges(sub, []), where(sub, 'subparagraph')), cells, subRows(sub, view, sides));
  });
}

/**
 * One paragraph of the comparison: its badges (moved, renumbered, split, merged, the change of
 * force), and its two versions side by side with the words marked, or the inline redline. A
 * row that changed is a stop for the keys that move from change to change.
 */
export function compareRow(change: ClauseChange, force: readonly ForceChange[], view: CompareView, sides: CompareSides): Element {
  const changed = isChanged(change);
  const label = `${where(change, 'paragraph')}: ${change.kind === 'unchanged' ? 'details changed' : KIND_WORDS[change.kind]}`;
  const cells =
    view === 'inline'
      ? [h('div', { className: ['side'] }, inlineColumn(change, 'paragraph', sides))]
      : [
          h('div', { className: ['side', ...(change.old.length ? [] : ['empty'])], lang: sides.oldLanguage, dir: dirOf(sides.oldLanguage) }, change.old.length ? column(change, 'old', 'paragraph', sides) : 'not in the old text'),
          h('div', { className: ['side', ...(change.new.length ? [] : ['empty'])], lang: sides.newLanguage, dir: dirOf(sides.newLanguage) }, change.new.length ? column(change, 'new', 'paragraph', sides) : 'not in the new text'),
        ];
  return h(
    'section',
    { className: ['row', ...(view === 'inline' ? ['inline'] : []), ...(changed ? [] : ['unchanged'])], id: change.anchor, dataChange: changed ? '' : undefined, tabIndex: changed ? -1 : undefined, ariaLabel: label },
    h('div', { className: ['meta'] }, badges(change, force), where(change, 'paragraph')),
    cells,
    subRows(change, view, sides),
  );
}
