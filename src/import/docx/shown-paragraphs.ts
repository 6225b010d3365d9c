import type { TrackedChanges } from '../import-resolution.js';
import type { NumberingReference } from './word-styles.js';
import type { Piece, TrackedChange, WordParagraph } from './word-paragraphs.js';

/** A pending change where it stands in the text read: its offset in the paragraph's text. */
export interface PlacedChange {
  change: TrackedChange;
  /** The changed words (inserted or deleted), and, for a replacement in brackets, the words inserted. */
  text: string;
  offset: number;
  /** Where it stands in the Word file: the paragraph's number and stored words (changes included), and the column there. */
  at: { paragraph: number; words: string; column: number };
  /** Brackets: the negotiation bracket recording it; absent where it could not be (then taken as accepted). */
  bracket?: { replaces?: { change: TrackedChange; text: string }; conflict?: string };
}

/** A paragraph as it reads once the tracked changes are taken as asked: Word paragraphs joined where a paragraph mark was inserted or deleted. */
export interface ShownParagraph {
  /** The Word paragraph it starts with (1-based). */
  number: number;
  text: string;
  styleId?: string;
  numbering?: NumberingReference;
  outlineLevel?: number;
  changes: PlacedChange[];
  comments: string[];
  footnotes: string[];
}

/** Where piece `k` of a Word paragraph stands in it, as stored. */
function storedAt(paragraph: WordParagraph, k: number, mode: TrackedChanges): PlacedChange['at'] {
  const before = paragraph.pieces.slice(0, k).map((p) => p.text).join('');
  const read = paragraph.pieces.filter((p) => mode === 'brackets' || kept(p, mode)).map((p) => p.text).join('');
  return { paragraph: paragraph.number, words: read.trim() === '' ? paragraph.pieces.map((p) => p.text).join('') : read, column: before.length - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Whether a piece of text stands in the text read in this mode. */
function kept(piece: Piece, mode: TrackedChanges): boolean {
  if (!piece.change) return true;
  return mode === 'reject' ? piece.change.kind === 'deletion' && piece.change.insideInsertion !== true : piece.change.kind === 'insertion';
}

/** Open brackets in `text`: one means a change here would nest in a bracket already written. */
function insideBracket(text: string): boolean {
  return text.lastIndexOf('[') > text.lastIndexOf(']');
}

/** Appends a piece in brackets mode: a change becomes "[words]", a deletion followed by its author's insertion "[old | new]". */
function appendBracketed(shown: ShownParagraph, paragraph: WordParagraph, k: number): number {
  const pieces = paragraph.pieces;
  const at = storedAt(paragraph, k, 'brackets');
  const piece = pieces[k]!;
  const change = piece.change!;
  const next = pieces[k + 1];
  const replacement = change.kind === 'deletion' && next?.change?.kind === 'insertion' && next.change.author === change.author && !change.moved && !next.change.moved;
  const words = replacement ? [piece.text, next.text] : [piece.text];
  const conflict = insideBracket(shown.text) ? 'it falls inside a bracket already in the text' : words.some((w) => /[[\]|\n]/.test(w)) ? 'its words hold a bracket, a "|" or a line break' : undefined;
  if (conflict !== undefined) {
    // Taken as accepted, and said: brackets do not nest.
    const inserted = replacement ? next.text : change.kind === 'insertion' ? piece.text : '';
    shown.changes.push({ change, text: piece.text, offset: shown.text.length, at, bracket: { conflict } });
    if (replacement) shown.changes.push({ change: next.change!, text: next.text, offset: shown.text.length, at: storedAt(paragraph, k + 1, 'brackets'), bracket: { conflict } });
    shown.text += inserted;
    return replacement ? k + 2 : k + 1;
  }
  shown.changes.push(replacement ? { change: next.change!, text: next.text, offset: shown.text.length, at, bracket: { replaces: { change, text: piece.text } } } : { change, text: piece.text, offset: shown.text.length, at, bracket: {} });
  shown.text += `[${words.join(' | ')}]`;
  return replacement ? k + 2 : k + 1;
}

function append(shown: ShownParagraph, paragraph: WordParagraph, mode: TrackedChanges): void {
  const pieces = paragraph.pieces;
  for (let k = 0; k < pieces.length; ) {
    const piece = pieces[k]!;
    if (piece.change && mode === 'brackets') {
      k = appendBracketed(shown, paragraph, k);
      continue;
    }
    if (piece.change) shown.changes.push({ change: piece.change, text: piece.text, offset: shown.text.length, at: storedAt(paragraph, k, mode) });
    if (kept(piece, mode)) shown.text += piece.text;
    k++;
  }
  for (const id of paragraph.comments) if (!shown.comments.includes(id)) shown.comments.push(id);
  shown.footnotes.push(...paragraph.footnotes);
}

/** Whether the paragraph's mark is gone in this mode, so that it runs on into the next. */
function joinsNext(paragraph: WordParagraph, mode: TrackedChanges): boolean {
  if (!paragraph.mark || mode === 'brackets') return false;
  return mode === 'reject' ? paragraph.mark.kind === 'insertion' : paragraph.mark.kind === 'deletion';
}

/**
 * The paragraphs as they read with every tracked change accepted, or rejected, or (brackets)
 * each change written as a negotiation bracket. A joined paragraph takes the properties
 * (style, numbering) of the last paragraph mark, as Word does.
 */
export function shownParagraphs(paragraphs: readonly WordParagraph[], mode: TrackedChanges): ShownParagraph[] {
  const out: ShownParagraph[] = [];
  let current: ShownParagraph | undefined;
  for (const paragraph of paragraphs) {
    current ??= { number: paragraph.number, text: '', changes: [], comments: [], footnotes: [] };
    // A paragraph joined to the next is named after the first whose words it reads.
    if (current.text.trim() === '') current.number = paragraph.number;
    append(current, paragraph, mode);
    if (paragraph.mark) current.changes.push({ change: paragraph.mark, text: '', offset: current.text.length, at: storedAt(paragraph, paragraph.pieces.length, mode) });
    if (joinsNext(paragraph, mode)) continue;
    if (paragraph.styleId !== undefined) current.styleId = paragraph.styleId;
    if (paragraph.numbering) current.numbering = paragraph.numbering;
    if (paragraph.outlineLevel !== undefined) current.outlineLevel = paragraph.outlineLevel;
    out.push(current);
    current = undefined;
  }
  if (current) out.push(current);
  return out;
}
