import type { Confirmation, Effect, OperativeParagraph, SourceRef, Subparagraph, Summary } from '../model/document.js';
import type { MeasureCode } from '../model/measures.js';
import { formatParagraphPath, walkOperative, type DataPath } from '../model/paragraph-path.js';
import type { RegimeDocument } from './regime-document.js';
import type { ProvisionCitation, Wording } from './types.js';

/** An operative paragraph or subparagraph of a regime document, with how to cite it. */
export interface IndexedClause {
  clause: OperativeParagraph | Subparagraph;
  /** Where it sits in the document data, for locating diagnostics. */
  at: DataPath;
  /** Ids of the enclosing paragraph and subparagraphs, outermost first. */
  ancestors: string[];
  /** Place in document order. */
  position: number;
  citation: ProvisionCitation;
}

const CERTAINTY: Confirmation[] = ['unconfirmed', 'partly', 'confirmed'];

function weakest(a: Confirmation, b: Confirmation): Confirmation {
  return CERTAINTY[Math.min(CERTAINTY.indexOf(a), CERTAINTY.indexOf(b))]!;
}

/** Every operative clause of the document by id, each with its citation. */
export function indexClauses(document: RegimeDocument): Map<string, IndexedClause> {
  const index = new Map<string, IndexedClause>();
  const chain: IndexedClause[] = [];
  for (const { clause, path, depth, at } of walkOperative(document.loaded.document)) {
    chain.length = depth;
    const parent = chain[depth - 1];
    const own = path ? (clause.numberStatus ?? 'confirmed') : 'unconfirmed';
    const numberStatus = parent ? weakest(parent.citation.numberStatus, own) : own;
    const citation: ProvisionCitation = { documentKey: document.key, document: document.label, clauseId: clause.id, numberStatus };
    if (document.resolution) citation.resolution = document.resolution;
    if (path) citation.paragraph = formatParagraphPath(path);
    const indexed: IndexedClause = { clause, at, ancestors: parent ? [...parent.ancestors, parent.clause.id] : [], position: index.size, citation };
    chain.push(indexed);
    if (!index.has(clause.id)) index.set(clause.id, indexed);
  }
  return index;
}

function partText(clause: { text?: string; summary?: Summary }): string {
  return clause.text ?? (clause.summary ? `[summary: ${clause.summary.text}]` : '');
}

/** The words of a clause and of its subparagraphs, each subparagraph on a line of its own after its label. */
function fullText(clause: { text?: string; summary?: Summary; subparagraphs?: Subparagraph[] }, own: string): string {
  const lines = [own];
  const walk = (subs: Subparagraph[] | undefined) => {
    for (const sub of subs ?? []) {
      lines.push(sub.number !== undefined ? `(${sub.number}) ${partText(sub)}` : partText(sub));
      walk(sub.subparagraphs);
    }
  };
  walk(clause.subparagraphs);
  return lines.filter((line) => line !== '').join('\n');
}

/**
 * The clause's official wording, else its marked summary, with its subparagraphs (a summary
 * standing in a subparagraph is marked as such); an empty text where it has neither.
 */
export function wordingOf(clause: { text?: string; wordingFrom?: SourceRef; summary?: Summary; subparagraphs?: Subparagraph[] }): Wording {
  if (clause.text !== undefined || !clause.summary) {
    const wording: Wording = { kind: 'text', text: fullText(clause, clause.text ?? '') };
    if (clause.text !== undefined && clause.wordingFrom !== undefined) wording.from = clause.wordingFrom;
    return wording;
  }
  const wording: Wording = { kind: 'summary', text: fullText(clause, clause.summary.text), sources: clause.summary.sources };
  if (clause.summary.status) wording.status = clause.summary.status;
  return wording;
}

/** The measure codes the clause itself lists, a paragraph or a subparagraph; undefined where it lists none. */
export function ownMeasures(clause: IndexedClause): MeasureCode[] | undefined {
  return clause.clause.measures;
}

/** The effects a clause declares, none where it declares none. */
export function effectsOf(clause: IndexedClause): Effect[] {
  return 'effects' in clause.clause ? (clause.clause.effects ?? []) : [];
}
