/**
 * Small typed constructors for the hast nodes the HTML pages are made of. Every piece of text
 * from a resolution enters the tree as a `text` node, which rehype-stringify escapes: nothing
 * here builds HTML source by hand.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';

export type Child = ElementContent | string;

export function text(value: string): Text {
  return { type: 'text', value };
}

/** An element; string children become text nodes. */
export function h(tagName: string, properties: Properties = {}, children: readonly Child[] = []): Element {
  return { type: 'element', tagName, properties, children: children.map((child) => (typeof child === 'string' ? text(child) : child)) };
}
