import type { List, RootContent, Table } from 'mdast';
import type { Element } from 'xast';
import { paragraph } from '../paragraph.js';
import { STYLE } from '../package/styles.js';
import { textRuns } from '../runs.js';
import { val, w } from '../ooxml.js';
import { phrasingRuns } from './mdast-phrasing.js';

const HEADINGS = [STYLE.heading1, STYLE.heading1, STYLE.heading2, STYLE.heading3, STYLE.heading3, STYLE.heading3, STYLE.heading3];

/** Half an inch, in twentieths of a point. */
const STEP = 720;

/** Where a block stands: inside a list item (its depth) or a quotation. */
interface Context {
  depth: number;
  quote: boolean;
}

function bodyStyle(context: Context): string {
  return context.quote ? STYLE.quote : context.depth > 0 ? STYLE.listItem : STYLE.body;
}

function indent(context: Context) {
  return context.depth > 0 ? { indent: { left: STEP * context.depth } } : {};
}

function list(node: List, context: Context): Element[] {
  const inner = { ...context, depth: context.depth + 1 };
  return node.children.flatMap((item, i) => {
    const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '•';
    return item.children.flatMap((child, c) => {
      const blocks = blockElements(child, inner);
      // The item's marker opens its first paragraph, with its hanging indent.
      if (c !== 0 || child.type !== 'paragraph') return blocks;
      return [paragraph({ style: STYLE.listItem, indent: { left: STEP * inner.depth, hanging: 360 } }, textRuns(marker), w('r', {}, w('tab')), phrasingRuns(child.children))];
    });
  });
}

function table(node: Table): Element {
  const columns = node.children[0]?.children.length ?? 1;
  const width = Math.floor(9000 / columns);
  return w(
    'tbl',
    {},
    w('tblPr', {}, val('tblStyle', STYLE.table), w('tblW', { w: 0, type: 'auto' }), w('tblLook', { val: '04A0', firstRow: 1, lastRow: 0, firstColumn: 0, lastColumn: 0, noHBand: 0, noVBand: 1 })),
    w('tblGrid', {}, Array.from({ length: columns }, () => w('gridCol', { w: width }))),
    node.children.map((row, r) =>
      w(
        'tr',
        {},
        r === 0 && w('trPr', {}, w('tblHeader')),
        row.children.map((cell) => w('tc', {}, w('tcPr', {}, w('tcW', { w: width, type: 'dxa' })), paragraph({}, phrasingRuns(cell.children, r === 0 ? { bold: true } : {})))),
      ),
    ),
  );
}

/**
 * One block of a report's Markdown tree as Word paragraphs and tables: headings in Word's heading
 * styles, lists with their markers and hanging indents, tables as Word tables with a repeated
 * header row, quotations in the Quote style, code in a fixed-width font. A Mermaid chart, which
 * Word cannot draw, is replaced by a line saying where it is drawn.
 */
export function blockElements(node: RootContent, context: Context = { depth: 0, quote: false }): Element[] {
  switch (node.type) {
    case 'heading':
      return [paragraph({ style: HEADINGS[node.depth]! }, phrasingRuns(node.children))];
    case 'paragraph':
      return [paragraph({ style: bodyStyle(context), ...indent(context) }, phrasingRuns(node.children))];
    case 'list':
      return list(node, context);
    case 'table':
      return [table(node), paragraph({ style: STYLE.body })];
    case 'blockquote':
      return node.children.flatMap((child) => blockElements(child, { ...context, quote: true }));
    case 'code':
      if (node.lang === 'mermaid') return [paragraph({ style: bodyStyle(context) }, textRuns('The chart is not drawn in Word: the Markdown report (--format md) shows it on GitHub.', { italic: true }))];
      return [paragraph({ style: STYLE.code, ...indent(context) }, textRuns(node.value, { code: true }, { newlines: 'break' }))];
    case 'footnoteDefinition':
      return node.children.flatMap((child, c) => (c === 0 && child.type === 'paragraph' ? [paragraph({ style: STYLE.body }, textRuns(`[${node.label ?? node.identifier}] `), phrasingRuns(child.children))] : blockElements(child, context)));
    case 'listItem':
      return node.children.flatMap((child) => blockElements(child, context));
    default:
      return [];
  }
}
