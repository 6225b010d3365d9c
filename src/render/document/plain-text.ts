import type { Block, ClauseBody } from './layout.js';
import { SUMMARY_MARK, summarySources, UNCONFIRMED_NUMBER } from './summary-words.js';

function bodyText(body: ClauseBody): string {
  return body.kind === 'official' ? body.text : `${SUMMARY_MARK} ${body.summary.text} ${summarySources(body.summary)}`;
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
      return bodyText(block.body);
    case 'operative':
      return block.number !== undefined ? `${block.number}. ${bodyText(block.body)}` : block.unconfirmed ? `${UNCONFIRMED_NUMBER} ${bodyText(block.body)}` : bodyText(block.body);
    case 'subparagraph':
      return block.label === undefined ? bodyText(block.body) : `(${block.label}) ${bodyText(block.body)}`;
    case 'annex-item':
      return block.label !== undefined ? `${block.label}. ${bodyText(block.body)}` : block.depth > 0 ? `- ${bodyText(block.body)}` : bodyText(block.body);
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
