import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/**
 * Writes a hast tree out as HTML. rehype-stringify escapes every text node for the place it
 * stands in and has no raw HTML to pass (none of our trees holds a `raw` node, and
 * `allowDangerousHtml` stays off), so clause text shows as text.
 */
const processor = unified().use(rehypeStringify);

export function stringifyHtml(tree: Root): string {
  return `${processor.stringify(tree)}\n`;
}
