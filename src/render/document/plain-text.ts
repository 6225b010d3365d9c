import type { Block, ClauseBody } from './layout.js';
import { clauseMarkText, SUMMARY_MARK, SUMMARY_OF_ABOVE_MARK, summaryText, type ClauseMark } from '../../text/editorial-marks.js';

function bodyText(body: ClauseBody, mark: ClauseMark | undefined): string {
  const text = body.kind === 'official' ? body.text : summaryText(SUMMARY_MARK, body.summary);
  return mark ? `${clauseMarkText(mark)} ${text}` : text;
}

/**
 * One block as it is printed: "5. Decides …", "(a) To examine …", "- Anchor chains."; nothing
 * for our own title, which is not part of the printed text.
 */
export function printedText(block: Block): string | undefined {
  switch (block.kind) {
    case 'document-title':
      return undefined;
    case 'preamble':
      return bodyText(block.body, block.mark);
    case 'operative':
      return `${block.number !== undefined ? `${block.number}. ` : ''}${block.lead !== undefined ? `(${block.lead}) ` : ''}${bodyText(block.body, block.mark)}`;
    case 'subparagraph':
      return block.label === undefined ? bodyText(block.body, block.mark) : `(${block.label}) ${bodyText(block.body, block.mark)}`;
    case 'summary-of-above':
      return summaryText(SUMMARY_OF_ABOVE_MARK, block.summary);
    case 'annex-item':
      return block.label !== undefined ? `${block.label}. ${bodyText(block.body, undefined)}` : block.depth > 0 ? `- ${bodyText(block.body, undefined)}` : bodyText(block.body, undefined);
    default:
      return block.text;
  }
}

/**
 * Plain text in the layout of an official resolution: one paragraph per line, paragraphs
 * separated by blank lines, numbers and labels as printed. Lines are not wrapped, so no word is
 * ever divided and `bluedraft import` reads the text back to the same clauses.
 */
export function plainText(blocks: readonly Block[]): string {
  return `${blocks.flatMap((block) => printedText(block) ?? []).join('\n\n')}\n`;
}
