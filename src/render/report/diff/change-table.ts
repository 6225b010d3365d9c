import type { RootContent } from 'mdast';
import { bracketCounts } from '../../../diff/describe-brackets.js';
import type { BracketChange, ClauseChange, ResolutionDiff } from '../../../diff/types.js';
import { linkTo } from '../lib/anchors.js';
import { heading, paragraph, table, type Phrasing } from '../lib/mdast.js';
import { counted } from '../lib/names.js';
import { clauseAnchorKey } from './anchor-keys.js';
import { forceWords, hasSection, isChanged, KIND_WORDS, shortLabel, sidesLabel } from './labels.js';

/** "reworded; binding → non-binding; subparagraphs changed" */
export function changeWords(change: ClauseChange, diff: ResolutionDiff): string {
  const words = change.kind === 'unchanged' ? [] : [KIND_WORDS[change.kind]];
  for (const force of diff.force) if ('anchor' in force && force.anchor === change.anchor) words.push(forceWords(force));
  if (change.inPart) words.push(change.inPart.new === undefined ? 'out of the parts' : `to part ${change.inPart.new}`);
  if (change.heading) words.push('heading changed');
  if (change.subparagraphs?.length) words.push('subparagraphs changed');
  if (change.effects?.length) words.push('declared effects changed');
  if (change.measures) words.push('measures changed');
  const kinds: Partial<Record<BracketChange['kind'], number>> = {};
  for (const bracket of bracketChanges(change)) kinds[bracket.kind] = (kinds[bracket.kind] ?? 0) + 1;
  for (const { n, event } of bracketCounts(kinds)) words.push(`${counted(n, 'bracket')} ${event}`);
  return words.join('; ');
}

/** The bracket changes of a paragraph and of its subparagraphs at any depth. */
function bracketChanges(change: ClauseChange): BracketChange[] {
  return [...(change.brackets ?? []), ...(change.subparagraphs ?? []).flatMap(bracketChanges)];
}

/** Every changed paragraph in one table, in the order of the new text; each links to its section. */
export function changeTable(diff: ResolutionDiff): RootContent[] {
  const changed = diff.clauses.filter(isChanged);
  const intro = heading(2, 'All paragraph changes');
  if (changed.length === 0) return [intro, paragraph('No paragraph changed.')];
  const rows = changed.map((change): Phrasing[][] => {
    const words = changeWords(change, diff);
    return [[change.old.length ? sidesLabel(change.old, 'paragraph', shortLabel) : '—'], [change.new.length ? sidesLabel(change.new, 'paragraph', shortLabel) : '—'], [hasSection(change, diff.force) ? linkTo(clauseAnchorKey(change.anchor), words) : words]];
  });
  return [
    intro,
    paragraph('In the order of the new text. PP is a preambular paragraph, counted from the top; OP an operative paragraph. Each change links to its details below.'),
    table([['Old'], ['New'], ['Change']], rows),
  ];
}
