import { ListCounter } from './list-counter.js';
import type { ShownParagraph } from './shown-paragraphs.js';
import type { WordLists } from './word-numbering.js';
import type { WordStyles } from './word-styles.js';

/** Where a line of the text handed to the importer comes from. */
export interface LineOrigin {
  paragraph: ShownParagraph;
  /** Characters put before the paragraph's own text on this line: its printed number and a space. */
  prefix: number;
}

/** The Word body as the plain text the importer reads, one block per paragraph, with where each line comes from. */
export interface DocxText {
  text: string;
  /** By line number (1-based) of `text`; blank separator lines have none. */
  origins: Map<number, LineOrigin>;
  /** Lines that are a Word heading, with its level. */
  headings: Map<number, number>;
  /** Numbering that could not be read, by paragraph. */
  doubts: Array<{ paragraph: ShownParagraph; message: string }>;
}

/** The printed number of a paragraph (or ''), counting the list it is in. */
function printedNumber(paragraph: ShownParagraph, styles: WordStyles, lists: WordLists, counter: ListCounter, doubts: DocxText['doubts']): string {
  const fromStyle = styles.numbering(paragraph.styleId);
  const numId = paragraph.numbering?.numId ?? fromStyle?.numId;
  if (numId === undefined) return '';
  const instance = lists.instance(numId);
  const ilvl = paragraph.numbering?.ilvl ?? (paragraph.numbering?.numId === undefined ? fromStyle?.ilvl : undefined) ?? (instance ? lists.levelForStyle(instance, paragraph.styleId) : 0);
  const printed = counter.next(numId, ilvl);
  if (printed?.doubt !== undefined) doubts.push({ paragraph, message: printed.doubt });
  return printed?.label ?? '';
}

/**
 * Writes the paragraphs out as text, each behind its printed number as Word shows it, a line
 * break inside a paragraph as a new line, and a blank line between paragraphs: so the text
 * importer reads the numbers as printed, and never joins two Word paragraphs.
 */
export function docxLines(paragraphs: readonly ShownParagraph[], styles: WordStyles, lists: WordLists): DocxText {
  const counter = new ListCounter(lists);
  const lines: string[] = [];
  const origins = new Map<number, LineOrigin>();
  const headings = new Map<number, number>();
  const doubts: DocxText['doubts'] = [];
  for (const paragraph of paragraphs) {
    const label = printedNumber(paragraph, styles, lists, counter, doubts);
    if (paragraph.text.trim() === '' && label === '') continue;
    const level = paragraph.outlineLevel !== undefined && paragraph.outlineLevel < 9 ? paragraph.outlineLevel + 1 : styles.headingLevel(paragraph.styleId);
    if (lines.length > 0) lines.push('');
    for (const [k, line] of paragraph.text.split('\n').entries()) {
      const prefix = k === 0 && label !== '' ? `${label} ` : '';
      lines.push(prefix + line);
      origins.set(lines.length, { paragraph, prefix: prefix.length });
      if (level !== undefined) headings.set(lines.length, level);
    }
  }
  return { text: lines.join('\n'), origins, headings, doubts };
}
