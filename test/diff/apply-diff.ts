import { sideText } from '../../src/diff/redline.js';
import type { ClauseChange, ClauseSide } from '../../src/diff/types.js';
import type { OperativeParagraph, PreambularParagraph, ResolutionDocument, Subparagraph } from '../../src/model/document.js';

/** A clause's wording with its subparagraphs' wordings, as a tree. */
export interface TextTree {
  text: string;
  subparagraphs: TextTree[];
}

type AnyClause = PreambularParagraph | OperativeParagraph | Subparagraph;

const wording = (clause: AnyClause) => clause.text ?? clause.summary?.text ?? '';

export function textTree(clause: AnyClause): TextTree {
  return { text: wording(clause), subparagraphs: ('subparagraphs' in clause ? (clause.subparagraphs ?? []) : []).map(textTree) };
}

/** The wordings of a document: preamble and operative part as text trees. */
export function documentTexts(document: ResolutionDocument): { preamble: TextTree[]; operative: TextTree[] } {
  return { preamble: document.preamble.map(textTree), operative: document.operative.map(textTree) };
}

/** A side of a split or merged clause gives its wording and its subparagraphs'. */
function sideTree(side: ClauseSide): TextTree {
  return { text: side.text!, subparagraphs: (side.subparagraphs ?? []).map(sideTree) };
}

/**
 * Rebuilds one list of sibling clauses of the new document from the old siblings and the
 * changes: a kept clause takes the new side of its redline, or the old wording where there is
 * none; added, split and merged clauses take the text the change gives.
 */
function applyChanges(changes: readonly ClauseChange[], oldSiblings: (part: 'preamble' | 'operative', index: number) => AnyClause): Array<{ part: 'preamble' | 'operative'; tree: TextTree }> {
  const result: Array<{ part: 'preamble' | 'operative'; tree: TextTree }> = [];
  for (const change of changes) {
    if (change.new.length === 0) continue;
    if (change.kind === 'added') {
      const children = applyChanges(change.subparagraphs ?? [], () => {
        throw new Error('an added clause has no old subparagraphs');
      });
      result.push({ part: change.new[0]!.part, tree: { text: change.new[0]!.text!, subparagraphs: children.map((c) => c.tree) } });
      continue;
    }
    if (change.kind === 'split' || change.kind === 'merged') {
      for (const side of change.new) result.push({ part: side.part, tree: sideTree(side) });
      continue;
    }
    const old = oldSiblings(change.old[0]!.part, change.old[0]!.index);
    const oldChildren: Subparagraph[] = 'subparagraphs' in old ? (old.subparagraphs ?? []) : [];
    const text = change.redline ? sideText(change.redline, 'new') : wording(old);
    const subparagraphs = change.subparagraphs ? applyChanges(change.subparagraphs, (_, index) => oldChildren[index]!).map((c) => c.tree) : oldChildren.map(textTree);
    result.push({ part: change.new[0]!.part, tree: { text, subparagraphs } });
  }
  return result;
}

/** The new document's wordings, rebuilt from the old document and the diff alone. */
export function applyDiff(old: ResolutionDocument, clauses: readonly ClauseChange[]): { preamble: TextTree[]; operative: TextTree[] } {
  const rebuilt = applyChanges(clauses, (part, index) => (part === 'preamble' ? old.preamble[index]! : old.operative[index]!));
  return { preamble: rebuilt.filter((c) => c.part === 'preamble').map((c) => c.tree), operative: rebuilt.filter((c) => c.part === 'operative').map((c) => c.tree) };
}
