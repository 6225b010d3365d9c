import type { LanguageCode } from '../../model/document.js';
import type { Block } from '../document/layout.js';
import { openingWords } from '../document/opening-words.js';
import { printedText } from '../document/plain-text.js';
import { SUMMARY_MARK } from '../../text/editorial-marks.js';
import { STYLE } from './package/styles.js';

/** Half an inch, in twentieths of a point. */
const STEP = 720;

/** A block of the layout as one Word paragraph: its style, its words, how many of them are italic. */
export interface BlockText {
  style: string;
  /** What the paragraph shows after its Word number, if it has one: the plain-text layout's line without the number or label Word prints. */
  text: string;
  /** The clause's own wording, where `text` is exactly that (no label, editorial mark or summary): a redline applies to it. */
  wording?: string;
  /** Characters at the start of `text` set in italics: the opening participle or verb, or the summary mark. */
  italic: number;
  indent?: { left: number; hanging?: number };
}

const STYLES: Partial<Record<Block['kind'], string>> = {
  title: STYLE.title,
  header: STYLE.header,
  notice: STYLE.notice,
  opening: STYLE.opening,
  part: STYLE.part,
  'part-title': STYLE.partTitle,
  heading: STYLE.heading,
  annex: STYLE.annex,
  'annex-title': STYLE.annexTitle,
  vote: STYLE.vote,
  preamble: STYLE.preamble,
  operative: STYLE.operative,
  subparagraph: STYLE.subparagraph,
  'summary-of-above': STYLE.body,
  'annex-item': STYLE.annexItem,
};

/** The number or label Word prints for a numbered block, as the plain-text layout prints it before the words. */
function numberPrefix(block: Block): string {
  if (block.kind === 'operative') return `${block.number}. `;
  return block.kind === 'subparagraph' ? `(${block.label}) ` : '';
}

/**
 * A layout block as a Word paragraph (our own title, not part of the printed text, has none).
 * `numbered`: Word numbering prints the block's number or label, so the text leaves it out;
 * otherwise the text is exactly the plain-text layout's block.
 */
export function blockText(block: Block, language: LanguageCode, numbered: boolean): BlockText | undefined {
  const printed = printedText(block);
  const style = STYLES[block.kind];
  if (printed === undefined || style === undefined) return undefined;
  const prefix = numbered ? numberPrefix(block) : '';
  if (!printed.startsWith(prefix)) throw new Error(`numbered block ${block.kind} does not start with ${prefix}`);
  const text = printed.slice(prefix.length);
  const result: BlockText = { style, text, italic: text.startsWith(SUMMARY_MARK) ? SUMMARY_MARK.length : 0 };
  if ((block.kind === 'preamble' || block.kind === 'operative' || block.kind === 'subparagraph') && block.body.kind === 'official' && text === block.body.text) {
    result.wording = text;
    if (block.kind !== 'subparagraph' && !(block.kind === 'operative' && block.lead !== undefined)) result.italic = openingWords(text, block.kind, language);
  }
  if (block.kind === 'subparagraph' || block.kind === 'summary-of-above') {
    const depth = block.kind === 'subparagraph' ? block.depth : 1;
    result.indent = { left: STEP * (depth + 1), hanging: block.kind === 'subparagraph' ? STEP : 0 };
  }
  if (block.kind === 'annex-item' && block.depth > 0) result.indent = { left: STEP * block.depth };
  return result;
}
