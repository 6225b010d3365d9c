import type { Position } from '../model/location.js';
import { columnOf, type SourceLine } from './located-input.js';

/** Containers (blockquotes, list items) one inside another: a resolution needs three or four. */
export const MAX_MARKDOWN_NESTING = 32;
/** A line indented further than this is nesting, not layout (a list needs two columns a level). */
export const MAX_MARKDOWN_INDENT = 4 * MAX_MARKDOWN_NESTING;
/** Emphasis marks (`*`, `_`) in one paragraph: each unmatched one costs the Markdown parser work on all the others. */
export const MAX_EMPHASIS_MARKS = 1000;

export interface MarkdownTooComplex {
  at: Position;
  message: string;
}

/** The container markers a line opens with ("> > - 1. "), counted up to where the bound is passed. */
function containersPassing(text: string): number | undefined {
  let depth = 0;
  let k = 0;
  for (;;) {
    while (text[k] === ' ' || text[k] === '\t') k++;
    const marker = /^(?:>|[-*+](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))/.exec(text.slice(k, k + 11));
    if (!marker) return undefined;
    if (++depth > MAX_MARKDOWN_NESTING) return k;
    k += marker[0].length;
  }
}

/**
 * Where Markdown nests deeper, or piles up more emphasis marks, than any resolution does, before
 * the Markdown parser sees it: the parser recurses once per level and takes quadratic time over
 * unmatched emphasis, so 5,000 nested blockquotes or 20,000 unclosed `*` would crash or stall the
 * import. Linear in the text. Undefined for a text within the bounds.
 */
export function markdownTooComplex(lines: readonly SourceLine[]): MarkdownTooComplex | undefined {
  let marks = 0;
  for (const line of lines) {
    const { text } = line;
    if (text.trim() === '') {
      marks = 0;
      continue;
    }
    const at = (index: number): Position => ({ line: line.line, col: columnOf(line, index) });
    const indent = text.length - text.trimStart().length;
    if (indent > MAX_MARKDOWN_INDENT) return { at: at(0), message: `this line is indented ${indent} columns, deeper than the ${MAX_MARKDOWN_INDENT} a Markdown import reads (lists and quotes nested ${MAX_MARKDOWN_NESTING} levels)` };
    const passing = containersPassing(text);
    if (passing !== undefined) return { at: at(passing), message: `blockquotes or list items are nested more than ${MAX_MARKDOWN_NESTING} levels deep here` };
    for (let k = 0; k < text.length; k++) {
      if ((text[k] === '*' || text[k] === '_') && ++marks > MAX_EMPHASIS_MARKS) {
        return { at: at(k), message: `this paragraph has more than ${MAX_EMPHASIS_MARKS.toLocaleString('en-US')} emphasis marks (* or _)` };
      }
    }
  }
  return undefined;
}
