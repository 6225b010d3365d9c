import type { OperativeParagraph, PreambularParagraph, Reference, Subparagraph, Summary } from '../../model/document.js';
import { SUMMARY_CLASS, SUMMARY_CONCEPT } from '../../render/document/akn/akn-text.js';
import { blocksText, dataOf, descendants, elements, first, isElement, summaryText, textOf, type AknReading } from './akn-tree.js';
import type { ParsedElement } from './parse-xml.js';
import { clauseReferences } from './clause-references.js';
import { referenceOfHref } from './read-href.js';

/** Elements that hold a subdivision of a clause in the shapes producers write. */
const SUBDIVISIONS = new Set(['subparagraph', 'point', 'item', 'paragraph', 'alinea', 'indent', 'hcontainer', 'list', 'blockList', 'wrapUp']);
/** Elements of a clause read as part of it, not as subdivisions. */
const CLAUSE_PARTS = new Set(['num', 'heading', 'subheading', 'content', 'intro', 'listIntroduction', 'listWrapUp']);

/** A printed label without its punctuation: "1." is 1, "(a)" is a. */
export function labelOf(num: ParsedElement | undefined, reading: AknReading): string | undefined {
  if (!num) return undefined;
  const label = textOf(num, reading).trim().replace(/^\(/, '').replace(/[.)]$/, '').trim();
  return label === '' ? undefined : label;
}

function isSummary(block: ParsedElement): boolean {
  return block.attributes.get('class') === SUMMARY_CLASS || block.attributes.get('refersTo') === `#${SUMMARY_CONCEPT}`;
}

function refsIn(node: ParsedElement, reading: AknReading, into: Reference[]): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.local === 'ref' && child.attributes.has('href')) {
      const reference = referenceOfHref(child.attributes.get('href')!, textOf(child, reading));
      if (reference) into.push(reference);
      else reading.report(child, 'info', 'akn-ref-unread', `the citation "${textOf(child, reading)}" points to ${child.attributes.get('href')}, which is not a Security Council resolution's address: it is kept as text only`);
    } else refsIn(child, reading, into);
  }
}

/** What a clause's blocks say: its wording, a summary marked as ours, its citations, and the note it refers to. */
interface Wording {
  text?: string;
  summary?: string;
  references: Reference[];
  note?: string;
}

function readBlocks(blocks: readonly ParsedElement[], reading: AknReading, wording: Wording): void {
  const texts: string[] = [];
  for (const block of blocks) {
    for (const noteRef of descendants(block, 'noteRef')) {
      const id = (noteRef.attributes.get('href') ?? '').replace(/^#/, '');
      const note = reading.notes.get(id);
      if (!note) continue;
      reading.notesTaken.add(id);
      wording.note = blocksText(note, reading);
    }
    for (const footnote of descendants(block, 'authorialNote')) {
      reading.report(footnote, 'warning', 'akn-unread', `a footnote (<authorialNote>) is not kept: the format has no place for a text's own footnotes ("${blocksText(footnote, reading)}")`, "add it to the clause's `note` by hand, if it matters");
    }
    if (isSummary(block)) {
      wording.summary = summaryText(block, reading);
      continue;
    }
    refsIn(block, reading, wording.references);
    const text = textOf(block, reading);
    if (text !== '') texts.push(text);
  }
  if (texts.length > 0) wording.text = texts.join(' ');
}

/** The blocks (p, and any other block) an element holds directly. */
function blocksOf(node: ParsedElement | undefined): ParsedElement[] {
  if (!node) return [];
  return elements(node).filter((c) => !SUBDIVISIONS.has(c.local) && !CLAUSE_PARTS.has(c.local));
}

/** Fills a clause from its wording and `bd:data`: bluedraft's data wins over what conventions give. */
function withWording<T extends { text?: string; summary?: Summary; references?: Reference[]; note?: string }>(clause: T, wording: Wording, data: Record<string, unknown>, reading: AknReading): T {
  if (wording.text !== undefined) clause.text = wording.text;
  if (wording.note !== undefined) clause.note = wording.note;
  if (!reading.exact && clause.text !== undefined) {
    const references = clauseReferences(clause.text, wording.references, reading.language === 'en');
    if (references.length > 0) clause.references = references;
  }
  const { summary: summaryData, ...rest } = data;
  Object.assign(clause, rest);
  if (wording.summary !== undefined) clause.summary = { ...(summaryData as Omit<Summary, 'text'>), text: wording.summary } as Summary;
  return clause;
}

interface Divided {
  wording: Wording;
  subdivisions: ParsedElement[];
}

/** A clause's own blocks (content, or intro) and its subdivisions, in order, from the shapes producers write. */
function divide(node: ParsedElement, reading: AknReading): Divided {
  const wording: Wording = { references: [] };
  const content = first(node, 'content');
  // listIntroduction and listWrapUp hold text itself, not paragraphs.
  if (node.local === 'listWrapUp') {
    readBlocks([node], reading, wording);
    return { wording, subdivisions: [] };
  }
  const blocks = [...blocksOf(node), ...blocksOf(first(node, 'intro')), ...blocksOf(content)].filter((b) => b.local !== 'blockList');
  const subdivisions: ParsedElement[] = [];
  // A list (a list element, or a blockList in the content) holds subdivisions, after words of its own.
  const lists = [...elements(node).filter((c) => c.local === 'list' || c.local === 'blockList'), ...(content ? elements(content, 'blockList') : [])];
  for (const child of elements(node)) if (SUBDIVISIONS.has(child.local) && child.local !== 'list' && child.local !== 'blockList') subdivisions.push(child);
  for (const list of lists) {
    blocks.push(...elements(list, 'listIntroduction'), ...blocksOf(first(list, 'intro')));
    subdivisions.push(...elements(list).filter((c) => SUBDIVISIONS.has(c.local) || c.local === 'listWrapUp'));
  }
  readBlocks(blocks, reading, wording);
  return { wording, subdivisions };
}

export function readSubparagraph(node: ParsedElement, parentId: string, k: number, reading: AknReading): Subparagraph {
  const data = dataOf(node, reading);
  const number = labelOf(first(node, 'num'), reading);
  const { wording, subdivisions } = divide(node, reading);
  const id = `${parentId}__${number !== undefined && /^[a-z0-9]+$/i.test(number) ? number.toLowerCase() : `u${k + 1}`}`;
  const sub: Subparagraph = { id };
  if (number !== undefined) sub.number = number;
  withWording(sub, wording, data, reading);
  const children = subdivisions.map((s, j) => readSubparagraph(s, sub.id, j, reading));
  if (children.length > 0) sub.subparagraphs = children;
  return sub;
}

export function readOperative(node: ParsedElement, k: number, reading: AknReading, part?: string): OperativeParagraph {
  const data = dataOf(node, reading);
  const num = first(node, 'num');
  const label = labelOf(num, reading);
  const paragraph: OperativeParagraph = { id: '' };
  if (label !== undefined && /^[0-9]+$/.test(label)) paragraph.number = Number(label);
  else if (label !== undefined) reading.report(num!, 'warning', 'akn-number-unread', `the paragraph number "${label}" is not a number: the paragraph is kept without one`, 'check the paragraph\'s number in the YAML');
  paragraph.id = paragraph.number !== undefined ? `op_${paragraph.number}` : `op_u${k + 1}`;
  const heading = first(node, 'heading');
  if (heading) paragraph.heading = textOf(heading, reading);
  const { wording, subdivisions } = divide(node, reading);
  withWording(paragraph, wording, data, reading);
  const subs = subdivisions.map((s, j) => readSubparagraph(s, paragraph.id, j, reading));
  if (subs.length > 0) paragraph.subparagraphs = subs;
  if (part !== undefined) paragraph.part = part;
  return paragraph;
}

export function readPreambular(node: ParsedElement, k: number, reading: AknReading, part?: string): PreambularParagraph {
  const data = dataOf(node, reading);
  const { wording } = divide(node, reading);
  const clause: PreambularParagraph = { id: `pp_${k + 1}` };
  withWording(clause, wording, data, reading);
  if (part !== undefined) clause.part = part;
  return clause;
}
