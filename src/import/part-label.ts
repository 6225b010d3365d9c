import { firstLine, type Block } from './text-blocks.js';

/** "A", "B.", "Part A", "PART C" alone on a line (or a Markdown heading `## A`): the label of a part of a resolution divided into parts A, B, C … */
/** Parts run A, B, C …; S/RES/687 (1991) runs to I. A lone "S" is the UN's mark in a modern header, never a part. */
const PART_LABEL = /^(?:(?:PART|Part)\s+)?([A-L])\.?$/;

/** The letter of the part a block opens, where the block is a part's label alone. */
export function partLabel(block: Block): string | undefined {
  if (block.lines.length !== 1 || block.ordinal !== undefined || block.bullet === true || (block.heading !== undefined && block.heading > 2)) return undefined;
  return PART_LABEL.exec(firstLine(block))?.[1];
}
