import type { SourceLine } from './import-context.js';
import { ANNEX_LINE, endsParagraph, isPreambleOpener, labelStart, numberStart, OPENING, VOTE_LINE } from './patterns.js';

/** A run of input lines that forms one paragraph (or one header line, heading, annex entry …). */
export interface Block {
  lines: SourceLine[];
  /** Followed a blank line in the input (false when split off a run of lines). */
  afterBlank: boolean;
  /** Markdown: the level of a heading. */
  heading?: number;
  /** Markdown: the number an ordered list gave this item. */
  ordinal?: number;
  /** Markdown or text: an item of a bulleted list ("- Loading buoys …"). */
  bullet?: boolean;
  /** Markdown: list nesting (0 for a top-level list item). */
  depth?: number;
  /** Markdown: the block opens with emphasised words (a preambular participle in italics). */
  emphasisedOpener?: boolean;
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
  if (!/[.,;:]$/.test(previous.trim())) return false;
  if (numberStart(text) || labelStart(text) || /^[-–•]\s/.test(text)) return true;
  return /,$/.test(previous.trim()) && isPreambleOpener(text);
}

/** Groups plain-text lines into blocks: split at blank lines, and where a new paragraph plainly starts. */
export function textBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let afterBlank = true;
  for (const line of lines) {
    if (line.text.trim() === '') {
      current = undefined;
      afterBlank = true;
      continue;
    }
    if (current && startsNewBlock(lastLine(current), line.text)) current = undefined;
    if (!current) {
      current = { lines: [], afterBlank };
      blocks.push(current);
      afterBlank = false;
    }
    current.lines.push(line);
  }
  return blocks;
}
