import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Serialises a report tree to GitHub-flavoured Markdown. remark-stringify escapes every text
 * node for the place it stands in (paragraph, heading, table cell), which is what keeps clause
 * text literal; the property test in test/report checks that against cmark-gfm.
 * Table columns are not padded to a common width: clause text makes cells long, and padding
 * would turn a one-word change into a change of every row. Emphasis is written with `*`, never
 * `_`: remark-stringify leaves an underscore between a letter and a punctuation mark outside the
 * Basic Multilingual Plane unescaped, and inside _…_ GitHub would read it as the closing mark.
 */
const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one' });

export function stringifyReport(tree: Root): string {
  return processor.stringify(tree);
}
