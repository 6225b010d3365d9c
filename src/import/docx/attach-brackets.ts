import { diagnostic, type Diagnostic } from '../../load/diagnostic.js';
import type { Bracket } from '../../model/document.js';
import { scanBrackets } from '../../text/brackets.js';
import type { ClauseFinder, FoundClause } from './clause-finder.js';
import { paragraphPlace } from './paragraph-place.js';
import type { PlacedChange, ShownParagraph } from './shown-paragraphs.js';

function bracketFor(placed: PlacedChange | undefined): Bracket {
  if (!placed) return { state: 'open' };
  const { change } = placed;
  const when = change.date ? ` on ${change.date.slice(0, 10)}` : '';
  const what = placed.bracket?.replaces
    ? `replacement proposed by ${change.author}${when} (a Word tracked change): the first option is the text before it, the second the text proposed`
    : change.kind === 'insertion'
      ? `${change.moved ? 'move (to here)' : 'insertion'} proposed by ${change.author}${when} (a Word tracked change)`
      : `${change.moved ? 'move (away from here)' : 'deletion'} proposed by ${change.author}${when} (a Word tracked change): the bracketed words are those it would delete`;
  return { state: 'open', proposedBy: [change.author], note: what };
}

/**
 * Describes each bracket the tracked changes became in the `brackets` list of the clause it
 * stands in (with its author and what the change was); a bracket already written in the Word
 * text is described as open. Where a clause's brackets cannot be matched with its text, or a
 * bracket stands outside any clause, it is said at its paragraph.
 */
export function attachBrackets(file: string, paragraphs: readonly ShownParagraph[], lineOf: ReadonlyMap<ShownParagraph, number>, clauses: ClauseFinder): Diagnostic[] {
  const found: Diagnostic[] = [];
  const byClause = new Map<FoundClause, { brackets: Bracket[]; changed: boolean; paragraph: ShownParagraph }>();
  for (const paragraph of paragraphs) {
    const first = lineOf.get(paragraph);
    if (first === undefined) continue;
    const recorded = new Map(paragraph.changes.filter((c) => c.bracket && c.bracket.conflict === undefined).map((c) => [c.offset, c]));
    for (const span of scanBrackets(paragraph.text).brackets) {
      const line = first + (paragraph.text.slice(0, span.start).match(/\n/g)?.length ?? 0);
      const placed = recorded.get(span.start);
      const clause = clauses.at(line);
      if (!clause) {
        if (placed) found.push({ ...diagnostic(file, { line: paragraph.number, col: 1 }, 'warning', 'docx-bracket-outside', 'a tracked change recorded as a bracket stands outside every clause (in the header or after the vote): it is kept in the text only', 'settle this change in Word'), where: paragraphPlace(paragraph) });
        continue;
      }
      const entry = byClause.get(clause) ?? { brackets: [], changed: false, paragraph };
      entry.brackets.push(bracketFor(placed));
      entry.changed ||= placed !== undefined;
      byClause.set(clause, entry);
    }
  }
  for (const [clause, { brackets, changed, paragraph }] of byClause) {
    if (!changed) continue;
    const inText = scanBrackets(clause.text ?? '').brackets.length;
    if (inText === brackets.length) clause.brackets = brackets;
    else found.push({ ...diagnostic(file, { line: paragraph.number, col: 1 }, 'warning', 'docx-bracket-unmatched', `clause \`${clause.id}\` has ${inText} bracket(s) in its text but its Word paragraphs gave ${brackets.length}: its \`brackets\` list was not written`, 'describe its brackets by hand (docs/drafting.md)'), where: paragraphPlace(paragraph) });
  }
  return found;
}
