import type { Element } from 'xast';
import type { BlockText } from './block-text.js';
import { paragraph, type ParagraphProperties } from './paragraph.js';
import { textRuns, type RunOptions } from './runs.js';

/** A block's words as runs: the opening words in italics, the rest upright. */
export function blockRuns(text: BlockText, options: RunOptions = {}): Element[] {
  return [...textRuns(text.text.slice(0, text.italic), { italic: true }, options), ...textRuns(text.text.slice(text.italic), {}, options)];
}

/** The paragraph properties a block's text asks for, with its numbering. */
export function blockProperties(text: BlockText, numId: number | undefined): ParagraphProperties {
  const properties: ParagraphProperties = { style: text.style };
  if (numId !== undefined) properties.numId = numId;
  if (text.indent) properties.indent = text.indent;
  return properties;
}

/** A block as an untracked paragraph. */
export function blockParagraph(text: BlockText, numId: number | undefined): Element {
  return paragraph(blockProperties(text, numId), blockRuns(text));
}
