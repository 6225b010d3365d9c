import type { OperativeParagraph, PreambularParagraph, ResolutionDocument, Subparagraph } from '../model/document.js';
import { formatParagraphPath, type ParagraphPath } from '../model/paragraph-path.js';
import type { AlignUnit } from './align.js';
import { comparisonForm } from './comparison-form.js';
import type { ClauseSide, Part } from './types.js';

/** A clause prepared for comparison: where it stands, what it says, and its subparagraphs. */
export class ClauseUnit implements AlignUnit {
  readonly id: string;
  readonly key: string;
  readonly hasSubparagraphs: boolean;

  constructor(
    readonly clause: PreambularParagraph | OperativeParagraph | Subparagraph,
    /** Where the clause stands; `text` is never set here. */
    readonly side: ClauseSide,
    /** The clause's own wording: its official text, or the summary standing in for it. */
    readonly wording: string,
    readonly children: ClauseUnit[],
  ) {
    this.id = clause.id;
    this.hasSubparagraphs = children.length > 0;
    this.key =
      children.length === 0 && !side.summary
        ? plainKey(comparedWording(wording))
        : `${MARK}${JSON.stringify([comparedWording(wording), side.summary === true, children.map((child) => [child.side.number ?? null, child.key])])}`;
  }

  content(): string {
    return this.children.length === 0 ? this.wording : [this.wording, ...this.children.map((child) => child.content())].join(' ');
  }

  /** The wording of the clause and of its subparagraphs, each after its label as printed: "… shall: (a) Deny …; (b) Prohibit …". */
  labelledContent(): string {
    const labelled = (child: ClauseUnit) => (child.side.number === undefined ? child.labelledContent() : `(${child.side.number}) ${child.labelledContent()}`);
    return [this.wording, ...this.children.map(labelled)].join(' ');
  }
}

/** Whitespace other than single spaces between words; most clauses have none, and are returned as they are. */
const IRREGULAR_SPACE = /[^\S ]| {2}/;

/** Whitespace is never a difference: runs of it count as one space, and none at the ends. */
export function normaliseSpace(text: string): string {
  return IRREGULAR_SPACE.test(text) || text.startsWith(' ') || text.endsWith(' ') ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * A wording as compared: its comparison form (composed Unicode, no invisible characters, see
 * `comparisonForm`) with whitespace normalised. Equal forms are the same wording however typed.
 */
export function comparedWording(text: string): string {
  return normaliseSpace(comparisonForm(text));
}

/** Whether two optional wordings (a heading, a title, a name) are the same as compared, absent only as absent. */
export function sameWording(a: string | undefined, b: string | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && comparedWording(a) === comparedWording(b));
}

/**
 * Most clauses are official text without subparagraphs: their key is their wording itself. Any
 * other key starts with a mark that such a key never starts with, so the two cannot be equal.
 */
const MARK = '\u0000';
const plainKey = (wording: string) => (wording.startsWith(MARK) ? `${MARK}${JSON.stringify(wording)}` : wording);

function unit(clause: ClauseUnit['clause'], part: Part, index: number, number: string | undefined, path: ParagraphPath | undefined, inPart?: string): ClauseUnit {
  const side: ClauseSide = inPart === undefined ? { id: clause.id, part, index } : { id: clause.id, part, inPart, index };
  if (number !== undefined) side.number = number;
  if (path) side.path = formatParagraphPath(path);
  if (clause.text === undefined && clause.summary) side.summary = true;
  const children = subparagraphUnits('subparagraphs' in clause ? clause.subparagraphs : undefined, part, path);
  return new ClauseUnit(clause, side, clause.text ?? clause.summary?.text ?? '', children);
}

function subparagraphUnits(subparagraphs: Subparagraph[] | undefined, part: Part, parent: ParagraphPath | undefined): ClauseUnit[] {
  return (subparagraphs ?? []).map((sub, index) => {
    const path = parent && sub.number !== undefined ? { paragraph: parent.paragraph, labels: [...parent.labels, sub.number] } : undefined;
    return unit(sub, part, index, sub.number, path);
  });
}

/** The part a paragraph is in, by id: a subparagraph's is that of its paragraph, and is not asked. */
export function partOf(unit: ClauseUnit): string | undefined {
  return 'part' in unit.clause ? unit.clause.part : undefined;
}

/**
 * The preambular paragraphs, then the operative paragraphs, each with its subparagraphs and,
 * in a text divided into parts, the label of its part (the id where `parts` does not declare it).
 */
export function paragraphUnits(document: ResolutionDocument): ClauseUnit[] {
  const labels = new Map((document.parts ?? []).map((part) => [part.id, part.label]));
  const labelOf = (part: string | undefined) => (part === undefined ? undefined : (labels.get(part) ?? part));
  return [
    ...document.preamble.map((paragraph, index) => unit(paragraph, 'preamble', index, undefined, undefined, labelOf(paragraph.part))),
    ...document.operative.map((paragraph, index) => {
      const path = paragraph.number !== undefined ? { paragraph: paragraph.number, labels: [] } : undefined;
      return unit(paragraph, 'operative', index, paragraph.number === undefined ? undefined : String(paragraph.number), path, labelOf(paragraph.part));
    }),
  ];
}
