import type { Heading, Nodes, Root } from 'mdast';
import { headingSlugger, headingText } from '../report/lib/anchors.js';

function headings(node: Nodes): Heading[] {
  if (node.type === 'heading') return [node];
  return 'children' in node ? node.children.flatMap(headings) : [];
}

/**
 * Gives each heading of a report the id GitHub gives it (github-slugger's rule, as
 * `resolveAnchors` computed it), so the report's `#…` links, written for GitHub, land on the
 * same headings in the HTML page. Changes the tree in place.
 */
export function addHeadingIds(tree: Root): void {
  const slug = headingSlugger();
  for (const heading of headings(tree)) {
    heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: slug(headingText(heading)) } };
  }
}
