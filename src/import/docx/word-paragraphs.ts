import type { ParsedElement, ParsedNode } from '../akn/parse-xml.js';
import { isW, wAttr, wChild, wInt, wVal } from './word-xml.js';
import { numberingOf, type NumberingReference } from './word-styles.js';

/** A tracked change (w:ins, w:del, w:moveFrom, w:moveTo) as Word records it. */
export interface TrackedChange {
  kind: 'insertion' | 'deletion';
  /** Moved text: w:moveTo (an insertion) or w:moveFrom (a deletion). */
  moved: boolean;
  author: string;
  date?: string;
  id: string;
  /** Words deleted after someone else inserted them (w:del inside w:ins): gone whether the changes are accepted or rejected. */
  insideInsertion?: boolean;
}

/** A stretch of a paragraph's text, within one tracked change or none; "\n" stands for a line break. */
export interface Piece {
  text: string;
  change?: TrackedChange;
}

/** A paragraph of the Word file (w:p), as stored: all its text, each change marked. */
export interface WordParagraph {
  /** 1-based, counting every paragraph of the body in order (table cells included). */
  number: number;
  pieces: Piece[];
  styleId?: string;
  numbering?: NumberingReference;
  outlineLevel?: number;
  /** The paragraph mark itself inserted or deleted: the paragraph is joined to the next when the change is taken (or undone). */
  mark?: TrackedChange;
  /** Ids of the comments anchored in it. */
  comments: string[];
  /** Ids of the footnotes referenced in it, in order. */
  footnotes: string[];
}

const CHANGES: Record<string, { kind: TrackedChange['kind']; moved: boolean }> = {
  ins: { kind: 'insertion', moved: false },
  del: { kind: 'deletion', moved: false },
  moveTo: { kind: 'insertion', moved: true },
  moveFrom: { kind: 'deletion', moved: true },
};

/** Containers whose content is read as if they were not there. */
const TRANSPARENT = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'bdo', 'dir', 'sdtContent']);

function changeOf(element: ParsedElement): TrackedChange | undefined {
  const shape = CHANGES[element.local];
  if (!shape || !isW(element, element.local)) return undefined;
  const date = wAttr(element, 'date');
  return { ...shape, author: wAttr(element, 'author') ?? 'an unnamed author', id: `${element.local}:${wAttr(element, 'id') ?? `${element.line}:${element.col}`}`, ...(date === undefined ? {} : { date }) };
}

function addText(paragraph: WordParagraph, text: string, change: TrackedChange | undefined): void {
  if (text === '') return;
  const last = paragraph.pieces.at(-1);
  if (last && last.change === change) last.text += text;
  else paragraph.pieces.push(change ? { text, change } : { text });
}

/** Whether a run is hidden (w:vanish): Word does not show its text. */
function hidden(run: ParsedElement): boolean {
  const vanish = wChild(wChild(run, 'rPr'), 'vanish');
  return vanish !== undefined && wAttr(vanish, 'val') !== 'false' && wAttr(vanish, 'val') !== '0';
}

function readRun(run: ParsedElement, paragraph: WordParagraph, change: TrackedChange | undefined): void {
  if (hidden(run)) return;
  for (const node of run.children) {
    if (typeof node === 'string') continue;
    if (isW(node, 't') || isW(node, 'delText')) addText(paragraph, node.children.filter((c): c is string => typeof c === 'string').join(''), change);
    else if (isW(node, 'tab') || isW(node, 'ptab')) addText(paragraph, '\t', change);
    else if (isW(node, 'br') || isW(node, 'cr')) addText(paragraph, '\n', change);
    else if (isW(node, 'noBreakHyphen')) addText(paragraph, '-', change);
    else if (isW(node, 'commentReference')) noteComment(paragraph, wAttr(node, 'id'));
    else if (isW(node, 'footnoteReference') && change?.kind !== 'deletion') paragraph.footnotes.push(wAttr(node, 'id') ?? '');
  }
}

function noteComment(paragraph: WordParagraph, id: string | undefined): void {
  if (id !== undefined && !paragraph.comments.includes(id)) paragraph.comments.push(id);
}

/** The content of a w:p (or of a container inside it), under the change it stands in. */
function readInline(nodes: readonly ParsedNode[], paragraph: WordParagraph, change: TrackedChange | undefined): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    const inner = changeOf(node);
    if (inner) readInline(node.children, paragraph, change?.kind === 'insertion' && inner.kind === 'deletion' ? { ...inner, insideInsertion: true } : inner);
    else if (isW(node, 'r')) readRun(node, paragraph, change);
    else if (isW(node, 'commentRangeStart')) noteComment(paragraph, wAttr(node, 'id'));
    else if (isW(node, 'sdt')) readInline(wChild(node, 'sdtContent')?.children ?? [], paragraph, change);
    else if (TRANSPARENT.has(node.local) && isW(node, node.local)) readInline(node.children, paragraph, change);
  }
}

function readParagraph(p: ParsedElement, number: number): WordParagraph {
  const pPr = wChild(p, 'pPr');
  const paragraph: WordParagraph = { number, pieces: [], comments: [], footnotes: [] };
  const styleId = wVal(pPr, 'pStyle');
  if (styleId !== undefined) paragraph.styleId = styleId;
  const numbering = numberingOf(pPr);
  if (numbering) paragraph.numbering = numbering;
  const outlineLevel = wInt(wVal(pPr, 'outlineLvl'));
  if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
  const mark = wChild(pPr, 'rPr')?.children.map((c) => (typeof c === 'string' ? undefined : changeOf(c))).find((c) => c !== undefined);
  if (mark) paragraph.mark = mark;
  readInline(p.children, paragraph, undefined);
  return paragraph;
}

/** Every paragraph of a w:body (or table cell, content control …), in order. */
function collect(nodes: readonly ParsedNode[], out: WordParagraph[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (isW(node, 'p')) out.push(readParagraph(node, out.length + 1));
    else if (isW(node, 'tbl') || isW(node, 'tr') || isW(node, 'tc') || isW(node, 'sdt') || isW(node, 'sdtContent') || isW(node, 'customXml')) collect(node.children, out);
    else if (changeOf(node)) collect(node.children, out);
  }
}

/** The paragraphs of document.xml's body, with their text and tracked changes as stored. */
export function wordParagraphs(document: ParsedElement): WordParagraph[] {
  const out: WordParagraph[] = [];
  collect(wChild(document, 'body')?.children ?? [], out);
  return out;
}
