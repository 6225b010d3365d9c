import type { RootContent } from 'mdast';
import { describeBracketChange } from '../../../diff/describe-brackets.js';
import { redline } from '../../../diff/redline.js';
import type { BracketChange, ClauseChange, ClauseSide, EffectChange, Redline, ResolutionDiff } from '../../../diff/types.js';
import type { Effect, LanguageCode } from '../../../model/document.js';
import { describeMeasure } from '../../../model/measures.js';
import { anchored } from '../lib/anchors.js';
import { describeEffect } from '../lib/effect-words.js';
import { bulletList, emphasis, heading, paragraph, strong, type Phrasing } from '../lib/mdast.js';
import { capitalise } from '../lib/names.js';
import { redlineLegend, redlinePhrasing, type RedlineStyle } from '../lib/redline.js';
import { clauseAnchorKey } from './anchor-keys.js';
import { forceWords, hasSection, KIND_WORDS, longLabel, shortLabel, sidesLabel, type Level } from './labels.js';
import { joinNames } from '../../../text/join-names.js';

/** "operative paragraphs 5 and 6", "preambular paragraph 3": the sides named together where they share a part. */
function paragraphsName(sides: readonly ClauseSide[]): string {
  const part = sides[0]?.part;
  if (sides.length < 2 || !sides.every((side) => side.part === part)) return sidesLabel(sides, 'paragraph', longLabel);
  const numbers = sides.map((side) => longLabel(side, 'paragraph').replace(/^(operative|preambular) paragraph /, ''));
  return `${part === 'preamble' ? 'preambular' : 'operative'} paragraphs ${joinNames(numbers)}`;
}

/** "Operative paragraph 5 → 6", "Operative paragraph 7 (new)", "Preambular paragraph 3 → operative paragraph 2". */
function sectionTitle(change: ClauseChange): string {
  if (change.old.length === 0) return `${capitalise(paragraphsName(change.new))} (new)`;
  if (change.new.length === 0) return `${capitalise(paragraphsName(change.old))} (deleted)`;
  const old = paragraphsName(change.old);
  const now = paragraphsName(change.new);
  if (old === now) return capitalise(old);
  const samePart = [...change.old, ...change.new].every((side) => side.part === change.old[0]!.part);
  return `${capitalise(old)} → ${samePart ? now.replace(/^(operative|preambular) paragraphs? /, '') : now}`;
}

/** "part B", or "no part" for a paragraph before the first part or in a text not divided into parts. */
function partName(label: string | undefined): string {
  return label === undefined ? 'no part' : `part ${label}`;
}

function short(sides: readonly ClauseSide[], level: Level): string {
  return sidesLabel(sides, level, shortLabel);
}

export function statusLine(change: ClauseChange, level: Level): string {
  const old = short(change.old, level);
  const now = short(change.new, level);
  const renumbered = old !== now ? ` Was ${old}, now ${now}.` : '';
  const paired = change.matchedBy === 'similarity' && change.similarity !== undefined ? ` Paired with the old paragraph by similar wording (${Math.round(change.similarity * 100)}% alike).` : '';
  switch (change.kind) {
    case 'added':
      return `Added as ${now}.`;
    case 'removed':
      return `Deleted (was ${old}).`;
    case 'moved':
      return `Moved from ${old} to ${now}${change.redline ? ' and reworded' : ''}.${paired}`;
    case 'split':
      return `Split: ${old} became ${now}.${paired}`;
    case 'merged':
      return `Merged: ${old} became ${now}.${paired}`;
    case 'reworded':
      return `Reworded.${renumbered}${paired}`;
    default:
      return `Wording unchanged.${renumbered}`;
  }
}

/** The wording, marked up: the redline where there is one, else the whole text inserted or deleted. */
function wording(change: ClauseChange, style: RedlineStyle): Phrasing[] | undefined {
  if (change.redline) return redlinePhrasing(change.redline, style);
  const whole = (kind: 'insert' | 'delete', sides: readonly ClauseSide[]): Redline => ({ segments: sides.filter((side) => side.text).map((side) => ({ kind, text: `${side.text} ` })), fallback: false });
  if (change.kind === 'added') return redlinePhrasing(whole('insert', change.new), style);
  if (change.kind === 'removed') return redlinePhrasing(whole('delete', change.old), style);
  return undefined;
}

function isSummary(change: ClauseChange): boolean {
  return [...change.old, ...change.new].some((side) => side.summary);
}

function subparagraphItems(changes: readonly ClauseChange[], style: RedlineStyle): Phrasing[][] {
  return changes.flatMap((change) => {
    const label = change.old.length && change.new.length && short(change.old, 'subparagraph') !== short(change.new, 'subparagraph') ? `${short(change.old, 'subparagraph')} → ${short(change.new, 'subparagraph')}` : short(change.new.length ? change.new : change.old, 'subparagraph');
    const words = wording(change, style);
    const brackets = (change.brackets ?? []).flatMap((bracket) => [' ', ...bracketItem(bracket)]);
    const own: Phrasing[] = [strong(label), `, ${KIND_WORDS[change.kind]}`, ...(words?.length ? [': ', ...words] : []), ...(brackets.length ? ['.', ...brackets] : [])];
    return [own, ...subparagraphItems(change.subparagraphs ?? [], style)];
  });
}

/** What an effect does, with the editors' note: both are compared when an effect changes. */
function effectWords(effect: Effect): string {
  return `${capitalise(describeEffect(effect))}.${effect.note ? ` Note: ${effect.note}` : ''}`;
}

function effectItem(change: EffectChange, style: RedlineStyle, language: LanguageCode): Phrasing[] {
  if (change.kind === 'changed' && change.old && change.new) return [strong('Declared effect changed:'), ' ', ...redlinePhrasing(redline(effectWords(change.old), effectWords(change.new), language), style)];
  const effect = change.new ?? change.old;
  return [strong(`Declared effect ${change.kind === 'removed' ? 'deleted' : 'added'}:`), ` ${effect ? effectWords(effect) : ''}`];
}

/** "**Negotiation bracket 1 re-attributed:** France → France, United Kingdom." */
function bracketItem(change: BracketChange): Phrasing[] {
  const { what, detail } = describeBracketChange(change, '→');
  return detail === undefined ? [strong(`Negotiation ${what}.`)] : [strong(`Negotiation ${what}:`), ` ${detail}.`];
}

function clauseSection(change: ClauseChange, diff: ResolutionDiff, style: RedlineStyle): RootContent[] {
  const blocks: RootContent[] = [anchored(heading(3, sectionTitle(change)), clauseAnchorKey(change.anchor)), paragraph(statusLine(change, 'paragraph'))];
  const forces = diff.force.filter((force) => 'anchor' in force && force.anchor === change.anchor);
  for (const force of forces) {
    const verbs: Phrasing[] = force.kind === 'opening-verb' ? [': ', emphasis(force.from.text), ' → ', emphasis(force.to.text)] : [];
    blocks.push(paragraph(strong(capitalise(forceWords(force))), ...verbs, '.'));
  }
  if (change.inPart) blocks.push(paragraph(`Part: ${partName(change.inPart.old)} → ${partName(change.inPart.new)}.`));
  if (change.heading) blocks.push(paragraph('Heading: ', change.heading.old !== undefined ? `“${change.heading.old}”` : 'none', ' → ', change.heading.new !== undefined ? `“${change.heading.new}”` : 'none', '.'));
  const words = wording(change, style);
  if (words?.length) blocks.push(paragraph(...words));
  if (change.redline?.fallback) blocks.push(paragraph(emphasis('The wording changed too much to compare word by word: the whole paragraph is shown replaced.')));
  if (isSummary(change)) blocks.push(paragraph(emphasis('This is an editorial summary standing in for official wording that is not available, not the Council’s words.')));
  const details: Phrasing[][] = [
    ...subparagraphItems(change.subparagraphs ?? [], style),
    ...(change.effects ?? []).map((effect) => effectItem(effect, style, diff.new.language)),
    ...(change.measures?.added.length ? [[strong('Measures added:'), ` ${change.measures.added.map(describeMeasure).join(', ')}.`]] : []),
    ...(change.measures?.removed.length ? [[strong('Measures removed:'), ` ${change.measures.removed.map(describeMeasure).join(', ')}.`]] : []),
    ...(change.brackets ?? []).map(bracketItem),
  ];
  if (details.length) blocks.push(bulletList(details));
  return blocks;
}

/** A section for each paragraph whose wording, force or effects changed, with its redline. */
export function clauseSections(diff: ResolutionDiff, style: RedlineStyle): RootContent[] {
  const changed = diff.clauses.filter((change) => hasSection(change, diff.force));
  if (changed.length === 0) return [];
  return [heading(2, 'Changed paragraphs'), paragraph(...redlineLegend(style)), ...changed.flatMap((change) => clauseSection(change, diff, style))];
}
