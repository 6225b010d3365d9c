import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

const processor = unified().use(rehypeStringify);

/** A page tree as HTML text. */
export function stringifyPage(tree: Root): string {
  return processor.stringify(tree);
}
