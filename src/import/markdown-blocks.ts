import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';
import type { Position } from '../model/location.js';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { columnOf, type ImportReport, type SourceLine } from './located-input.js';
import { startsNewBlock, type Block } from './text-blocks.js';
import { markdownTooComplex } from './markdown-bounds.js';

interface InlineLine {
  /** `columns`: in the Markdown source (the lines as read). */
  line: SourceLine & { columns: number[] };
  emphasised: boolean;
}

/**
 * The source column of each character of a node's value: the value is walked along the node's
 * source, past the markup that does not reach the value (escapes, the rest of an entity, the
 * indentation of a continuation line). Undefined where a character is not found.
 */
function valueColumns(node: Node, value: string, source: string): Array<number | undefined> {
  const start = node.position?.start;
  const end = node.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return [];
  const columns: Array<number | undefined> = [];
  let at = start.offset;
  let column = start.column;
  for (const char of value.split('')) {
    let probe = at;
    let probeColumn = column;
    while (probe < end && source[probe] !== char) {
      probeColumn = source[probe] === '\n' ? 1 : probeColumn + 1;
      probe++;
    }
    if (probe >= end) {
      columns.push(undefined);
      continue;
    }
    columns.push(probeColumn);
    at = probe + 1;
    column = char === '\n' ? 1 : probeColumn + 1;
  }
  return columns;
}

/** The text of inline content, line by line, with each line's number and each character's column in the source. */
function inlineLines(children: PhrasingContent[], firstLineNumber: number, source: string): InlineLine[] {
  const lines: Array<{ text: string; line: number; columns: Array<number | undefined>; emphasised: boolean }> = [{ text: '', line: firstLineNumber, columns: [], emphasised: false }];
  const append = (value: string, emphasised: boolean, columns: Array<number | undefined> = []) => {
    let offset = 0;
    value.split('\n').forEach((part, index) => {
      if (index > 0) lines.push({ text: '', line: lines.at(-1)!.line + 1, columns: [], emphasised: false });
      const current = lines.at(-1)!;
      if (current.text.trim() === '' && part.trim() !== '') current.emphasised = emphasised;
      current.text += part;
      current.columns.push(...Array.from({ length: part.length }, (_, k) => columns[offset + k]));
      offset += part.length + 1;
    });
  };
  const walk = (nodes: PhrasingContent[], emphasised: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') append(node.value, emphasised, valueColumns(node, node.value, source));
      else if (node.type === 'break') append('\n', false);
      else if (node.type === 'emphasis' || node.type === 'strong') walk(node.children, true);
      else if ('children' in node) walk(node.children as PhrasingContent[], emphasised);
      else if ('value' in node && typeof node.value === 'string') append(node.value, emphasised, valueColumns(node, node.value, source));
    }
  };
  walk(children, false);
  return lines.filter((l) => l.text.trim() !== '').map((l) => {
    const lead = l.text.length - l.text.trimStart().length;
    const text = l.text.trim();
    // A character not found in the source stands just after the one before it.
    const columns: number[] = [];
    l.columns.slice(lead, lead + text.length).forEach((column, k) => columns.push(column ?? (k > 0 ? columns[k - 1]! + 1 : lead + 1)));
    return { line: { text, line: l.line, columns }, emphasised: l.emphasised };
  });
}

/** The Markdown being read: its source, the input lines it was made of, and the report. */
interface Reading {
  source: string;
  lines: readonly SourceLine[];
  report: ImportReport;
}

/** An input line of the source, with the columns of the Markdown source carried back to the input. */
function inputLine(reading: Reading, line: SourceLine & { columns?: number[] }): SourceLine {
  const input = reading.lines[line.line - 1];
  if (!input) return line;
  const located: SourceLine = { text: line.text, line: input.line };
  if (line.columns !== undefined) located.columns = line.columns.map((column) => columnOf(input, column - 1));
  return located;
}

/** The input line number of a line of the Markdown source. */
function inputLineNumber(reading: Reading, line: number): number {
  return reading.lines[line - 1]?.line ?? line;
}

/** Where a point of the Markdown source (1-based line and column) stands in the input. */
function inputPosition(reading: Reading, point: Point): Position {
  const input = reading.lines[point.line - 1];
  return input ? { line: input.line, col: columnOf(input, point.column - 1) } : { line: point.line, col: point.column };
}

/** Splits a paragraph where paragraphs run together: a new number, label or participle (in italics or not) after a comma. */
function paragraphBlocks(paragraph: Paragraph, extra: Partial<Block>, reading: Reading): Block[] {
  const lines = inlineLines(paragraph.children, paragraph.position?.start.line ?? 1, reading.source);
  const blocks: Block[] = [];
  for (const [index, entry] of lines.entries()) {
    const current = blocks.at(-1);
    const previous = lines[index - 1];
    const split = previous !== undefined && (startsNewBlock(previous.line.text, entry.line.text) || (entry.emphasised && /[,;:]$/.test(previous.line.text)));
    const line = inputLine(reading, entry.line);
    if (!current || split) blocks.push({ lines: [line], afterBlank: !current, ...(current ? {} : extra), ...(entry.emphasised ? { emphasisedOpener: true } : {}) });
    else current.lines.push(line);
  }
  return blocks;
}

/**
 * The number an ordered list item is printed with. Markdown numbers a list's items from its
 * first ("1.", "3." read as 1, 2), but a drafter's paragraph number is data: a gap must reach
 * the numbering check, not vanish.
 */
function printedOrdinal(item: ListItem, reading: Reading, counted: number): number {
  const offset = item.position?.start.offset;
  const printed = offset === undefined ? null : /^(\d{1,9})[.)]/.exec(reading.source.slice(offset, offset + 12));
  return printed ? Number(printed[1]) : counted;
}

function listBlocks(list: List, depth: number, reading: Reading): Block[] {
  const blocks: Block[] = [];
  const start = list.start ?? 1;
  list.children.forEach((item: ListItem, index) => {
    const markerAt = item.position ? inputPosition(reading, item.position.start) : undefined;
    const ordinal = list.ordered ? printedOrdinal(item, reading, start + index) : undefined;
    const marker: Partial<Block> = { ...(ordinal !== undefined ? { ordinal, depth } : { bullet: true, depth }), ...(markerAt ? { marker: markerAt } : {}) };
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') blocks.push(...listBlocks(child, depth + 1, reading));
      else blocks.push(...nodeBlocks(child, reading, first ? marker : { depth }));
      first = false;
    }
    if (item.children.length === 0) reading.report.add(markerAt ?? 1, 'warning', 'import-empty-item', 'an empty list item was skipped');
  });
  return blocks;
}

function nodeBlocks(node: RootContent | Nodes, reading: Reading, extra: Partial<Block> = {}): Block[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'paragraph':
      return paragraphBlocks(node, extra, reading);
    case 'heading': {
      const lines = inlineLines(node.children, line, reading.source).map((l) => inputLine(reading, l.line));
      return lines.length > 0 ? [{ lines, afterBlank: true, heading: node.depth }] : [];
    }
    case 'list':
      return listBlocks(node, extra.depth === undefined ? 0 : extra.depth + 1, reading);
    case 'blockquote':
      return node.children.flatMap((child) => nodeBlocks(child, reading, extra));
    case 'code':
    case 'html': {
      const lines = node.value.split('\n').map((text, k) => inputLine(reading, { text, line: line + k + (node.type === 'code' ? 1 : 0) }));
      return [{ lines: lines.filter((l) => l.text.trim() !== ''), afterBlank: true, ...extra }];
    }
    case 'thematicBreak':
      reading.report.add(inputLineNumber(reading, line), 'info', 'import-markdown-ignored', 'a horizontal rule (---) was ignored');
      return [];
    default: {
      if ('children' in node) return (node.children as RootContent[]).flatMap((child) => nodeBlocks(child, reading, extra));
      if ('value' in node && typeof node.value === 'string' && node.value.trim() !== '') return [{ lines: [inputLine(reading, { text: node.value.trim(), line })], afterBlank: true }];
      return [];
    }
  }
}

/** The code of the refusal of Markdown past the bounds of `markdownTooComplex`: the import has no blocks then. */
export const MARKDOWN_TOO_DEEP = 'import-markdown-too-deep';

/** Parses Markdown (CommonMark) made of input lines into blocks: headings, paragraphs, numbered and bulleted list items, located in the input. */
export function markdownBlocks(lines: readonly SourceLine[], report: ImportReport): Block[] {
  const tooComplex = markdownTooComplex(lines);
  if (tooComplex) {
    report.add(tooComplex.at, 'error', MARKDOWN_TOO_DEEP, tooComplex.message, 'a resolution needs a few levels of lists and little emphasis: remove the extra `>`, list markers, indentation or `*`/`_`');
    return [];
  }
  const source = lines.map((l) => l.text).join('\n');
  const tree = unified().use(remarkParse).parse(source) as Root;
  return tree.children.flatMap((node) => nodeBlocks(node, { source, lines, report }));
}
