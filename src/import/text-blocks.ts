import { readClauseMark } from '../text/editorial-marks.js';
import type { Position } from '../model/location.js';
import type { SourceLine } from './located-input.js';
import { numberCandidate } from './number-candidate.js';
import { ANNEX_LINE, endsParagraph, isHeadingLine, isPreambleOpener, labelStart, numberStart, OPENING, VOTE_LINE, type LabelStart, type NumberStart } from './patterns.js';

/** A run of input lines that forms one paragraph (or one header line, heading, annex entry …). */
export interface Block {
  lines: SourceLine[];
  /** Followed a blank line in the input (false when split off a run of lines). */
  afterBlank: boolean;
  /** Markdown: the level of a heading. */
  heading?: number;
  /** Markdown: the number an ordered list gave this item. */
  ordinal?: number;
  /** Markdown: where the list item's marker ("2.", "-") stands in the input. */
  marker?: Position;
  /** Markdown or text: an item of a bulleted list ("- Loading buoys …"). */
  bullet?: boolean;
  /** Markdown: list nesting (0 for a top-level list item). */
  depth?: number;
  /** Markdown: the block opens with emphasised words (a preambular participle in italics). */
  emphasisedOpener?: boolean;
  /**
   * Set once the numbering around the block was read (`readParagraphNumbers`): the block's
   * operative paragraph number, where it opens with one that fits the sequence.
   */
  paragraphNumber?: NumberStart;
  /** Whether `paragraphNumber` was decided (absent: not looked at, the builder reads the line). */
  numberRead?: boolean;
  /** An item of a list numbered 1., 2. … inside a paragraph (after "… as follows:"), with its label as printed. */
  listLabel?: LabelStart;
}

export function firstLine(block: Block): string {
  return block.lines[0]?.text.trim() ?? '';
}

export function lastLine(block: Block): string {
  return block.lines.at(-1)?.text.trim() ?? '';
}

/**
 * Where a line starts a new paragraph although no blank line separates it from the one before:
 * a numbered or lettered paragraph after a line that ends a clause, a preambular participle
 * after a comma, the opening words, the vote line.
 */
export function startsNewBlock(previous: string, line: string): boolean {
  const text = line.trim();
  if (OPENING.test(text) || OPENING.test(previous.trim())) return true;
  if (VOTE_LINE.test(text) && endsParagraph(previous)) return true;
  if (ANNEX_LINE.test(previous.trim()) || (ANNEX_LINE.test(text) && endsParagraph(previous))) return true;
  if (!endsClause(previous)) return false;
  if (numberStart(text) || numberCandidate(text) || labelStart(text) || /^[-–•]\s/.test(text)) return true;
  return /,$/.test(previous.trim()) && isPreambleOpener(text);
}

/** A line that ends a clause: with its punctuation, perhaps followed by a footnote marker ("…1992; 5", "…1992, 2/"). */
export function endsClause(line: string): boolean {
  return /[.,;:]["”’)\]]*(?:\s+\d{1,3}|\s*\d{1,2}\/)?$/.test(line.trim());
}

/** A line that opens an operative paragraph: numbered, or behind the clause mark `bluedraft render` prints for one whose number is not known. */
export function opensOperativeParagraph(line: string): boolean {
  const text = line.trim();
  const mark = readClauseMark(text);
  return numberStart(text) !== undefined || (typeof mark === 'object' && mark.mark.kind === 'operative');
}

/**
 * A heading in a hard-wrapped text that has no blank lines between paragraphs: a heading-shaped
 * line after a line that ends a paragraph and before one that opens an operative paragraph (a
 * wrapped line never stands so).
 */
function standsAsHeading(previous: string, lines: readonly SourceLine[], index: number): boolean {
  const ended = /[.;,]["”’)\]]*$/.exec(previous.trim());
  // A paragraph that ends with a comma is preambular: the preamble may go on.
  if (ended === null || !isHeadingLine(lines[index]!.text, { inPreamble: ended[0].startsWith(',') })) return false;
  const next = lines.slice(index + 1).find((l) => l.text.trim() !== '');
  return next !== undefined && opensOperativeParagraph(next.text);
}

/** Groups plain-text lines into blocks: split at blank lines, and where a new paragraph or a heading plainly starts. */
export function textBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let afterBlank = true;
  for (const [index, line] of lines.entries()) {
    if (line.text.trim() === '') {
      current = undefined;
      afterBlank = true;
      continue;
    }
    const heading = current !== undefined && standsAsHeading(lastLine(current), lines, index);
    if (current && (heading || startsNewBlock(lastLine(current), line.text))) current = undefined;
    if (!current) {
      current = { lines: [], afterBlank };
      blocks.push(current);
      afterBlank = false;
    }
    current.lines.push(line);
    if (heading) current = undefined;
  }
  return blocks;
}
