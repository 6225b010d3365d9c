/**
 * Reads back the HTML that rehype-stringify writes, strictly: every element closed in order (or
 * void), attributes quoted, text escaped. Enough to check the structure of our pages without a
 * browser; any tag left open, closed out of order or unreadable fails the test that parses it.
 */
import { decodeEntities } from '../../../report/support/html.js';

export interface HtmlElement {
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'track']);
const TOKEN = /<!doctype html>|<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*>|([^<]+)/gy;
const ATTRIBUTE = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g;

export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(html);
    if (!token) throw new Error(`unreadable HTML at ${at}: ${JSON.stringify(html.slice(at, at + 60))}`);
    const [whole, closing, tagName, attributeText, text] = token;
    if (text !== undefined) stack.at(-1)!.children.push(decodeEntities(text));
    else if (tagName === undefined) continue;
    else if (closing) {
      const open = stack.pop()!;
      if (open.name !== tagName.toLowerCase()) throw new Error(`</${tagName}> closes <${open.name}> at ${at}`);
    } else {
      const attributes = Object.fromEntries([...attributeText!.matchAll(ATTRIBUTE)].map((m) => [m[1]!.toLowerCase(), decodeEntities(m[2] ?? '')]));
      const element: HtmlElement = { name: tagName.toLowerCase(), attributes, children: [] };
      stack.at(-1)!.children.push(element);
      if (!VOID.has(element.name) && !whole.endsWith('/>')) stack.push(element);
    }
  }
  if (stack.length > 1) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  return root;
}

export function descendants(element: HtmlElement): HtmlElement[] {
  return element.children.flatMap((child) => (typeof child === 'string' ? [] : [child, ...descendants(child)]));
}

export function find(element: HtmlElement, name: string): HtmlElement[] {
  return descendants(element).filter((e) => e.name === name);
}

export function classes(element: HtmlElement): string[] {
  return (element.attributes.class ?? '').split(/\s+/).filter(Boolean);
}

/** The text of an element and its descendants, as given (no whitespace folded). */
export function textContent(node: HtmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}
