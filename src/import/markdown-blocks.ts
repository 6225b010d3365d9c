import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ImportReport, SourceLine } from './import-context.js';
import { startsNewBlock, type Block } from './text-blocks.js';

interface InlineLine {
  line: SourceLine;
  emphasised: boolean;
}

/** The text of inline content, line by line, with each line's number in the input. */
function inlineLines(children: PhrasingContent[], firstLineNumber: number): InlineLine[] {
  const lines: InlineLine[] = [{ line: { text: '', line: firstLineNumber }, emphasised: false }];
  const append = (value: string, emphasised: boolean) => {
    value.split('\n').forEach((part, index) => {
      if (index > 0) lines.push({ line: { text: '', line: lines.at(-1)!.line.line + 1 }, emphasised: false });
      const current = lines.at(-1)!;
      if (current.line.text.trim() === '' && part.trim() !== '') current.emphasised = emphasised;
      current.line.text += part;
    });
  };
  const walk = (nodes: PhrasingContent[], emphasised: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') append(node.value, emphasised);
      else if (node.type === 'break') append('\n', false);
      else if (node.type === 'emphasis' || node.type === 'strong') walk(node.children, true);
      else if ('children' in node) walk(node.children as PhrasingContent[], emphasised);
      else if ('value' in node && typeof node.value === 'string') append(node.value, emphasised);
    }
  };
  walk(children, false);
  return lines.filter((l) => l.line.text.trim() !== '').map((l) => ({ ...l, line: { ...l.line, text: l.line.text.trim() } }));
}

/** Splits a paragraph where paragraphs run together: a new number, label or participle (in italics or not) after a comma. */
function paragraphBlocks(paragraph: Paragraph, extra: Partial<Block>): Block[] {
  const lines = inlineLines(paragraph.children, paragraph.position?.start.line ?? 1);
  const blocks: Block[] = [];
  for (const [index, entry] of lines.entries()) {
    const current = blocks.at(-1);
    const previous = lines[index - 1];
    const split = previous !== undefined && (startsNewBlock(previous.line.text, entry.line.text) || (entry.emphasised && /[,;:]$/.test(previous.line.text)));
    if (!current || split) blocks.push({ lines: [entry.line], afterBlank: !current, ...(current ? {} : extra), ...(entry.emphasised ? { emphasisedOpener: true } : {}) });
    else current.lines.push(entry.line);
  }
  return blocks;
}

function listBlocks(list: List, depth: number, report: ImportReport): Block[] {
  const blocks: Block[] = [];
  const start = list.start ?? 1;
  list.children.forEach((item: ListItem, index) => {
    const marker: Partial<Block> = list.ordered ? { ordinal: start + index, depth } : { bullet: true, depth };
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') blocks.push(...listBlocks(child, depth + 1, report));
      else blocks.push(...nodeBlocks(child, report, first ? marker : { depth }));
      first = false;
    }
    if (item.children.length === 0) report.add(item.position?.start.line ?? 1, 'warning', 'import-empty-item', 'an empty list item was skipped');
  });
  return blocks;
}

function nodeBlocks(node: RootContent | Nodes, report: ImportReport, extra: Partial<Block> = {}): Block[] {
  const line = node.position?.start.line ?? 1;
  switch (node.type) {
    case 'paragraph':
      return paragraphBlocks(node, extra);
    case 'heading': {
      const lines = inlineLines(node.children, line).map((l) => l.line);
      return lines.length > 0 ? [{ lines, afterBlank: true, heading: node.depth }] : [];
    }
    case 'list':
      return listBlocks(node, extra.depth === undefined ? 0 : extra.depth + 1, report);
    case 'blockquote':
      return node.children.flatMap((child) => nodeBlocks(child, report, extra));
    case 'code':
    case 'html':
      return [{ lines: node.value.split('\n').map((text, k) => ({ text, line: line + k + (node.type === 'code' ? 1 : 0) })).filter((l) => l.text.trim() !== ''), afterBlank: true, ...extra }];
    case 'thematicBreak':
      report.add(line, 'info', 'import-markdown-ignored', 'a horizontal rule (---) was ignored');
      return [];
    default: {
      if ('children' in node) return (node.children as RootContent[]).flatMap((child) => nodeBlocks(child, report, extra));
      if ('value' in node && typeof node.value === 'string' && node.value.trim() !== '') return [{ lines: [{ text: node.value.trim(), line }], afterBlank: true }];
      return [];
    }
  }
}

/** Parses Markdown (CommonMark) into blocks: headings, paragraphs, numbered and bulleted list items. */
export function markdownBlocks(markdown: string, lineOffset: number, report: ImportReport): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const blocks = tree.children.flatMap((node) => nodeBlocks(node, report));
  if (lineOffset === 0) return blocks;
  return blocks.map((block) => ({ ...block, lines: block.lines.map((l) => ({ ...l, line: l.line + lineOffset })) }));
}
