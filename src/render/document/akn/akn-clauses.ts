import type { OperativeParagraph, PreambularParagraph, Subparagraph } from '../../../model/document.js';
import { dataAttribute, leftover, withSummaryData } from './akn-data.js';
import { citedText, noteRef, summaryBlock } from './akn-text.js';
import { element, type XmlElement } from './xml-tree.js';

/** What rendering the clauses needs: their eIds, and meta/notes to add the clauses' notes to. */
export interface ClauseContext {
  eids: ReadonlyMap<string, string>;
  notes: XmlElement[];
}

type AnyClause = PreambularParagraph | OperativeParagraph | Subparagraph;

/** The keys of a clause its markup carries; everything else goes into `bd:data`. */
const CARRIED = ['text', 'summary', 'note', 'number', 'heading', 'subparagraphs', 'effects', 'part'] as const;

export function eidOf(context: ClauseContext, id: string): string {
  const eid = context.eids.get(id);
  if (eid === undefined) throw new Error(`no eId was assigned to clause ${id}`);
  return eid;
}

/** The clause's fields that have no Akoma Ntoso element (its id, how sure its number is, measures …). */
function clauseData(clause: AnyClause): Record<string, string> {
  return dataAttribute(withSummaryData(leftover(clause as OperativeParagraph, CARRIED as unknown as Array<keyof OperativeParagraph>), clause.summary));
}

/**
 * The blocks of a clause: its official wording (citations marked), then its summary, marked
 * as ours. An editorial note goes to meta/notes, referred to from the first block.
 */
function clauseBlocks(clause: AnyClause, eid: string, context: ClauseContext): XmlElement[] {
  const blocks: XmlElement[] = [];
  if (clause.text !== undefined) blocks.push(element('p', {}, citedText(clause.text, clause.references ?? [])));
  if (clause.summary) blocks.push(summaryBlock(clause.summary));
  if (clause.note !== undefined) {
    const noteEid = `note_${eid}`;
    context.notes.push(element('note', { eId: noteEid, class: 'editorial' }, [element('p', {}, [clause.note])]));
    if (blocks.length === 0) blocks.push(element('p'));
    blocks[0]!.children.push(noteRef(noteEid));
  }
  return blocks;
}

/** Intro and subdivisions where a clause has subparagraphs, content where it has none. */
function body(clause: AnyClause, eid: string, subparagraphs: readonly Subparagraph[], context: ClauseContext): XmlElement[] {
  const blocks = clauseBlocks(clause, eid, context);
  if (subparagraphs.length === 0) return [element('content', {}, blocks.length > 0 ? blocks : [element('p')])];
  return [...(blocks.length > 0 ? [element('intro', {}, blocks)] : []), ...subparagraphs.map((sub) => subparagraphElement(sub, context))];
}

export function subparagraphElement(sub: Subparagraph, context: ClauseContext): XmlElement {
  const eid = eidOf(context, sub.id);
  return element('subparagraph', { eId: eid, ...clauseData(sub) }, [sub.number !== undefined && element('num', {}, [`(${sub.number})`]), ...body(sub, eid, sub.subparagraphs ?? [], context)]);
}

export function operativeElement(paragraph: OperativeParagraph, context: ClauseContext): XmlElement {
  const eid = eidOf(context, paragraph.id);
  return element('paragraph', { eId: eid, ...clauseData(paragraph) }, [
    paragraph.number !== undefined && element('num', {}, [`${paragraph.number}.`]),
    paragraph.heading !== undefined && element('heading', {}, [paragraph.heading]),
    ...body(paragraph, eid, paragraph.subparagraphs ?? [], context),
  ]);
}

/** A preambular paragraph: a `recital` in the preamble, or a `hcontainer name="recital"` inside a part. */
export function preambularElement(clause: PreambularParagraph, context: ClauseContext, inPart: boolean): XmlElement {
  const eid = eidOf(context, clause.id);
  const blocks = clauseBlocks(clause, eid, context);
  const content = blocks.length > 0 ? blocks : [element('p')];
  return inPart
    ? element('hcontainer', { eId: eid, name: 'recital', ...clauseData(clause) }, [element('content', {}, content)])
    : element('recital', { eId: eid, ...clauseData(clause) }, content);
}
