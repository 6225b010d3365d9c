import type { ImportReport } from './located-input.js';
import { NUMBER_READING } from './number-reading.js';
import { numberCandidate, type NumberCandidate } from './number-candidate.js';
import { partLabel } from './part-label.js';
import { ANNEX_LINE, endsParagraph, isHeadingLine, isOperativeOpener, isPreambleOpener, VOTE_LINE, type NumberStart } from './patterns.js';
import { endsClause, firstLine, lastLine, type Block } from './text-blocks.js';

/** How far past the expected number a clean printed number is still read as one (a gap in the printed numbering). */
const GAP_READ_AS_PRINTED = 2;

/** Where the reading of the numbering stands. */
interface Sequence {
  /** The number the next operative paragraph should have. */
  expected: number;
  /** Operative paragraphs have started (numbered, or an unnumbered paragraph opening with an operative verb). */
  operative: boolean;
  /** The next number of a list numbered 1., 2. … inside a paragraph, while one is open. */
  listNext: number | undefined;
  /** A part's label was just read: a number may start again at 1. */
  partStart: boolean;
  /** A paragraph number was read: before it, the first printed number is taken as it stands (a fragment may start at 4). */
  numbered: boolean;
  /**
   * The text carries our notice (`bluedraft render` printed it): every block is a paragraph of
   * its own, never a sentence divided, and its numbers may jump (fragments of official wording).
   */
  rendered: boolean;
}

function numberOf(candidate: NumberCandidate, value = candidate.value): NumberStart {
  const number: NumberStart = { number: value, printed: candidate.printed, listStyle: candidate.listStyle, length: candidate.length };
  if (!candidate.clean && !candidate.listStyle) {
    number.corrected = `${value}.`;
    number.reason = candidate.marked && !candidate.misread ? NUMBER_READING.mark : NUMBER_READING.paragraph;
  }
  return number;
}

/** A heading standing alone above a paragraph ("Arms embargo"): no sentence that goes on. */
function isStandingHeading(block: Block): boolean {
  return block.lines.length === 1 && isHeadingLine(firstLine(block), { inPreamble: false });
}

/** The value of the next block that opens with what may be a paragraph number. */
function nextCandidateValue(blocks: readonly Block[], from: number): number | undefined {
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k]!;
    const candidate = numberCandidate(firstLine(block));
    if (candidate) return candidate.value;
    if (block.ordinal !== undefined) return block.ordinal;
  }
  return undefined;
}

/**
 * Reads the operative numbering of the body's blocks in its sequence. A number is a paragraph
 * number only where it fits: the next expected (an OCR'd "S." for 5, "ll." for 11, "16. |" read
 * through), a small gap, or 1 where a part starts again; and only after a block that ended a
 * clause. A number that does not fit after a sentence that did not end ("… of resolution" /
 * "600, …") continues that sentence: the blocks are joined. A list numbered 1., 2. … after a
 * colon is a list inside the paragraph. A text `bluedraft render` printed (with our notice) has
 * one paragraph a block, and numbers that may jump as far as they are printed. An unnumbered paragraph opening with an operative verb
 * between two numbered ones gets the number between them, said in a note.
 */
export function readParagraphNumbers(blocks: readonly Block[], report: ImportReport, { rendered }: { rendered: boolean }): Block[] {
  const out: Block[] = [];
  const sequence: Sequence = { expected: 1, operative: false, listNext: undefined, partStart: false, numbered: false, rendered };
  let closed = false;
  for (const [index, block] of blocks.entries()) {
    const first = firstLine(block);
    const previous = out.at(-1);
    const afterClause = rendered || previous === undefined || endsClause(lastLine(previous)) || endsParagraph(lastLine(previous)) || isStandingHeading(previous) || previous.heading !== undefined || partLabel(previous) !== undefined;
    if (closed || VOTE_LINE.test(first) || ANNEX_LINE.test(first) || (block.heading !== undefined && /^(?:annex|appendix)\b/i.test(first))) {
      closed = true;
      out.push(block);
      continue;
    }
    if (block.ordinal !== undefined || block.heading !== undefined || block.depth !== undefined || block.bullet === true) {
      if (block.ordinal !== undefined && (block.depth ?? 0) === 0) Object.assign(sequence, { expected: block.ordinal + 1, operative: true, listNext: undefined, numbered: true });
      if (block.heading !== undefined && partLabel(block)) sequence.partStart = true;
      out.push(block);
      continue;
    }
    if (partLabel(block) !== undefined) {
      sequence.partStart = true;
      out.push(block);
      continue;
    }
    const candidate = numberCandidate(first);
    const read = candidate ? readNumber(candidate, sequence, { afterClause, afterColon: previous !== undefined && /:["”’)\]]*$/.test(lastLine(previous)) }) : 'none';
    if (read === 'continues' && previous !== undefined) {
      report.add(block.lines[0]!.line, 'info', 'import-number-in-sentence', `"${candidate!.printed}" opens this line but does not fit the numbering (${sequence.expected} was expected) and the line before does not end a sentence: read as the sentence going on`, 'if it is a paragraph number, end the paragraph before it with its punctuation');
      out[out.length - 1] = { ...previous, lines: [...previous.lines, ...block.lines] };
      continue;
    }
    if (read === 'none' || read === 'continues') {
      out.push(unnumbered(block, blocks, index, sequence, afterClause, report));
      continue;
    }
    if (read === 'text') {
      report.add(block.lines[0]!.line, 'warning', 'import-numbering', `"${candidate!.printed}" does not fit the numbering (${sequence.expected} was expected): read as part of the text, not as a paragraph number`, 'check the numbering against the official text');
      out.push({ ...block, numberRead: true });
      continue;
    }
    out.push({ ...block, numberRead: true, ...(typeof read === 'object' ? read : {}) });
  }
  return out;
}

type Reading = 'none' | 'continues' | 'text' | Pick<Block, 'paragraphNumber' | 'listLabel'>;

/** What a number at the start of a block is, given the numbering so far; advances the sequence. */
function readNumber(candidate: NumberCandidate, sequence: Sequence, where: { afterClause: boolean; afterColon: boolean }): Reading {
  const { value } = candidate;
  const plain = /^[0-9]+[.)]?$/.test(candidate.printed);
  if (sequence.listNext !== undefined && value === sequence.listNext && plain) {
    sequence.listNext++;
    return { listLabel: { label: String(value), printed: candidate.printed, length: candidate.length } };
  }
  if (!where.afterClause) return candidate.clean && value === sequence.expected ? paragraph(candidate, sequence) : 'continues';
  if (where.afterColon && value === 1 && plain && sequence.operative && !sequence.numbered) return startList(candidate, sequence);
  if (value === sequence.expected || (sequence.partStart && value === 1) || (!sequence.numbered && candidate.clean)) return paragraph(candidate, sequence);
  if (value === 1 && plain && sequence.operative) return startList(candidate, sequence);
  // A small gap, or the number just read printed again: kept as printed, and the builder warns of it.
  if (candidate.clean && (value > sequence.expected || (value === sequence.expected - 1 && sequence.listNext === undefined)) && (sequence.rendered || value <= sequence.expected + GAP_READ_AS_PRINTED)) return paragraph(candidate, sequence);
  if (!candidate.clean) return 'none';
  return where.afterColon ? 'none' : 'text';
}

/** A list inside the paragraph: "… shall be entitled:" / "1. To establish …". */
function startList(candidate: NumberCandidate, sequence: Sequence): Reading {
  sequence.listNext = 2;
  return { listLabel: { label: '1', printed: candidate.printed, length: candidate.length } };
}

function paragraph(candidate: NumberCandidate, sequence: Sequence): Reading {
  Object.assign(sequence, { expected: candidate.value + 1, operative: true, listNext: undefined, partStart: false, numbered: true });
  return { paragraphNumber: numberOf(candidate) };
}

/** A block that opens with no number: an operative paragraph whose number was lost between two numbered ones gets it back. */
function unnumbered(block: Block, blocks: readonly Block[], index: number, sequence: Sequence, afterClause: boolean, report: ImportReport): Block {
  const first = firstLine(block);
  const operative = isOperativeOpener(first) && !isPreambleOpener(first);
  if (!operative) return block;
  const wasOperative = sequence.operative;
  sequence.operative = true;
  sequence.listNext = undefined;
  if (!wasOperative || !afterClause || sequence.expected === 1 || nextCandidateValue(blocks, index + 1) !== sequence.expected + 1) return block;
  const number = sequence.expected;
  sequence.expected++;
  report.add(block.lines[0]!.line, 'warning', 'import-missing-number', `this paragraph opens with an operative verb but has no number, between paragraphs ${number - 1} and ${number + 1}: read as paragraph ${number} (the number ${NUMBER_READING.supplied})`, 'check the source; the number is said in the paragraph\'s `note`');
  return { ...block, numberRead: true, paragraphNumber: { number, printed: '', listStyle: false, length: 0, supplied: true } };
}
