import type { OperativeParagraph, PreambularParagraph, ResolutionDocument, Subparagraph } from '../model/document.js';
import { formatParagraphPath, type ParagraphPath } from '../model/paragraph-path.js';
import type { AlignUnit } from './align.js';
import type { ClauseSide, Part } from './types.js';

/** A clause prepared for comparison: where it stands, what it says, and its subparagraphs. */
export interface ClauseUnit extends AlignUnit {
  clause: PreambularParagraph | OperativeParagraph | Subparagraph;
  /** Where the clause stands; `text` is never set here. */
  side: ClauseSide;
  /** The clause's own wording: its official text, or the summary standing in for it. */
  wording: string;
  children: ClauseUnit[];
}

/** Anything but a single space between words; most clauses have none, and are returned as they are. */
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

/** Whitespace is never a difference: runs of it count as one space, and none at the ends. */
export function normaliseSpace(text: string): string {
  return IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

function unit(clause: ClauseUnit['clause'], part: Part, index: number, number: string | undefined, path: ParagraphPath | undefined): ClauseUnit {
  const wording = clause.text ?? clause.summary?.text ?? '';
  const children = subparagraphUnits('subparagraphs' in clause ? clause.subparagraphs : undefined, part, path);
  const side: ClauseSide = { id: clause.id, part, index };
  if (number !== undefined) side.number = number;
  if (path) side.path = formatParagraphPath(path);
  if (clause.text === undefined && clause.summary) side.summary = true;
  // Two kinds of key that can never be equal: a clause alone, or one with subparagraphs.
  const key =
    children.length === 0
      ? `${side.summary ? 'S' : 'T'}${normaliseSpace(wording)}`
      : `C${JSON.stringify([normaliseSpace(wording), side.summary === true, children.map((child) => [child.side.number ?? null, child.key])])}`;
  const content = () => [wording, ...children.map((child) => child.content())].join(' ');
  return { id: clause.id, key, content, hasSubparagraphs: children.length > 0, clause, side, wording, children };
}

function subparagraphUnits(subparagraphs: Subparagraph[] | undefined, part: Part, parent: ParagraphPath | undefined): ClauseUnit[] {
  return (subparagraphs ?? []).map((sub, index) => {
    const path = parent && sub.number !== undefined ? { paragraph: parent.paragraph, labels: [...parent.labels, sub.number] } : undefined;
    return unit(sub, part, index, sub.number, path);
  });
}

/** The preambular paragraphs, then the operative paragraphs, each with its subparagraphs. */
export function paragraphUnits(document: ResolutionDocument): ClauseUnit[] {
  return [
    ...document.preamble.map((paragraph, index) => unit(paragraph, 'preamble', index, undefined, undefined)),
    ...document.operative.map((paragraph, index) => {
      const path = paragraph.number !== undefined ? { paragraph: paragraph.number, labels: [] } : undefined;
      return unit(paragraph, 'operative', index, paragraph.number === undefined ? undefined : String(paragraph.number), path);
    }),
  ];
}
