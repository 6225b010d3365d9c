import type { Element, ElementContent, Root, RootContent } from 'hast';
import { STYLE_CSS } from '../assets/style-css.js';
import { h } from './h.js';

const DROPPED_CLASSES = ['top', 'toolbar', 'skip', 'downloads'];

function dropped(node: Element): boolean {
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  return ['script', 'form', 'footer', 'nav', 'button'].includes(node.tagName) || classes.some((name) => DROPPED_CLASSES.includes(name));
}

function keep<T extends RootContent | ElementContent>(node: T): T[] {
  if (node.type !== 'element') return [node];
  if (dropped(node)) return [];
  if (node.tagName === 'link') return [h('style', {}, STYLE_CSS) as T];
  if (node.tagName === 'body') delete node.properties.dataLive;
  return [{ ...node, children: node.children.flatMap((child) => keep(child)) }];
}

/**
 * A page as a file to keep: its stylesheet inside it, no script, no controls that need the
 * server (navigation, forms, downloads). Opened from disk, it makes no request at all.
 */
export function standalonePage(tree: Root): Root {
  return { ...tree, children: tree.children.flatMap((child) => keep(child)) };
}
