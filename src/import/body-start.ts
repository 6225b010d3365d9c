import { readClauseMark, SUMMARY_MARK, SUMMARY_OF_ABOVE_MARK } from '../text/editorial-marks.js';
import { ANNEX_LINE, FOOTNOTE, isOperativeOpener, isPreambleOpener, labelStart, numberStart, OPENING, PAGE_NUMBER, VOTE_LINE } from './patterns.js';
import { firstLine, type Block } from './text-blocks.js';

/** Our own editorial material as `bluedraft render` prints it: a clause mark or a summary. */
export function isEditorial(line: string): boolean {
  return readClauseMark(line) !== undefined || line.startsWith(SUMMARY_MARK) || line.startsWith(SUMMARY_OF_ABOVE_MARK);
}

/** A block that opens something of the body (a clause, a heading, the vote, an annex …), never the rest of the block before it. */
export function isBodyStart(block: Block): boolean {
  const line = firstLine(block);
  return block.ordinal !== undefined || block.heading !== undefined || block.bullet === true || numberStart(line) !== undefined || labelStart(line) !== undefined ||
    isPreambleOpener(line) || isOperativeOpener(line) || isEditorial(line) || VOTE_LINE.test(line) || ANNEX_LINE.test(line) || PAGE_NUMBER.test(line) || FOOTNOTE.test(line) || OPENING.test(line) || block.emphasisedOpener === true;
}
