/**
 * Small typed constructors for the mdast nodes reports are made of. Every piece of text from a
 * resolution enters the tree as a `text` node (see `literal`), so remark-stringify escapes it;
 * nothing here builds Markdown source by hand.
 */
import type { Blockquote, BlockContent, Code, Emphasis, Heading, Html, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Table, TableCell, Text } from 'mdast';

/** Text shown exactly as given, whatever Markdown or HTML it looks like. */
export function literal(value: string): Text {
  return { type: 'text', value };
}

export type Phrasing = PhrasingContent | string;

function phrasing(children: Phrasing[]): PhrasingContent[] {
  return children.map((child) => (typeof child === 'string' ? literal(child) : child));
}

export function root(children: RootContent[]): Root {
  return { type: 'root', children };
}

export function heading(depth: Heading['depth'], ...children: Phrasing[]): Heading {
  return { type: 'heading', depth, children: phrasing(children) };
}

export function paragraph(...children: Phrasing[]): Paragraph {
  return { type: 'paragraph', children: phrasing(children) };
}

export function strong(...children: Phrasing[]): Strong {
  return { type: 'strong', children: phrasing(children) };
}

export function emphasis(...children: Phrasing[]): Emphasis {
  return { type: 'emphasis', children: phrasing(children) };
}

export function link(url: string, ...children: Phrasing[]): Link {
  return { type: 'link', url, children: phrasing(children) };
}

/** A bulleted list, one paragraph per item. */
export function bulletList(items: Phrasing[][]): List {
  return { type: 'list', ordered: false, spread: false, children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...item)] })) };
}

export function blockquote(...children: BlockContent[]): Blockquote {
  return { type: 'blockquote', children };
}

export function code(lang: string, value: string): Code {
  return { type: 'code', lang, value };
}

/** Raw HTML: only ever a fixed tag from this module's callers, never text from a document. */
export function htmlTag(value: `<${string}>`): Html {
  return { type: 'html', value };
}

/** A GFM table; cells are phrasing content, each row as long as the header. */
export function table(header: Phrasing[][], rows: Phrasing[][][]): Table {
  const row = (cells: Phrasing[][]) => ({ type: 'tableRow' as const, children: cells.map((cell): TableCell => ({ type: 'tableCell', children: phrasing(cell) })) });
  return { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
}
