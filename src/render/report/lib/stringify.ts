import type { Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

/**
 * Text inside _…_ with every underscore escaped. remark-stringify leaves an underscore between a
 * letter and a punctuation mark outside the Basic Multilingual Plane unescaped (it classifies
 * the mark by its first UTF-16 unit), and GitHub would read it as the end of the emphasis.
 * Only underscores preceded by an even number of backslashes are marks still to escape.
 */
const text: NonNullable<Options['handlers']>['text'] = (node: Text, _parent, state, info) => {
  const value = state.safe(node.value, info);
  return state.stack.includes('emphasis') ? value.replace(/(?<!\\)((?:\\\\)*)_/g, '$1\\_') : value;
};

/**
 * Serialises a report tree to GitHub-flavoured Markdown. remark-stringify escapes every text
 * node for the place it stands in (paragraph, heading, table cell), which is what keeps clause
 * text literal; the property test in test/report checks that against cmark-gfm.
 * Table columns are not padded to a common width: clause text makes cells long, and padding
 * would turn a one-word change into a change of every row.
 */
const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one', handlers: { text } });

export function stringifyReport(tree: Root): string {
  return processor.stringify(tree);
}
