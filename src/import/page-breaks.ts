import type { ImportReport } from './located-input.js';
import { isBodyStart } from './body-start.js';
import { partLabel } from './part-label.js';
import { ANNEX_LINE, endsParagraph, PAGE_NUMBER } from './patterns.js';
import { firstLine, lastLine, type Block } from './text-blocks.js';

/** Joins a paragraph that a page break (a blank line) split in the middle of a sentence: "of American" / "States, reports …". */
export function joinPageBreaks(blocks: readonly Block[], report: ImportReport): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous && previous.heading === undefined && partLabel(previous) === undefined && !isBodyStart(block) && !endsParagraph(lastLine(previous)) && !ANNEX_LINE.test(lastLine(previous)) && !PAGE_NUMBER.test(lastLine(previous)) && /^[\p{L}(]/u.test(firstLine(block))) {
      report.add(block.lines[0]!.line, 'info', 'import-page-break', `the paragraph above ends without punctuation ("…${lastLine(previous).slice(-30)}") and this line continues it: the blank line was read as a page break and the two parts joined`, 'if these are two paragraphs, end the first with its punctuation');
      out[out.length - 1] = { ...previous, lines: [...previous.lines, ...block.lines] };
    } else out.push(block);
  }
  return out;
}
