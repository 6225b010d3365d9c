import type { ElementContent, Root as HastRoot } from 'hast';
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { headingSlugger } from '../../render/report/lib/anchors.js';
import { readGantt } from './gantt-sections.js';
import { timelineSvg } from './timeline-svg.js';

const TAG = /^<(\/?)(del|ins)>$/;

function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(plainText).join('') : '';
}

/**
 * The redline's raw <del>/<ins> tags (the reports' only raw HTML) around the words they mark
 * become real elements; any other raw HTML is left out, as remark-rehype does by default.
 */
function pairTags(children: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  let open: { tag: string; words: PhrasingContent[] } | undefined;
  for (const child of children) {
    const tag = child.type === 'html' ? TAG.exec(child.value) : null;
    if (tag && !tag[1]) open = { tag: tag[2]!, words: [] };
    else if (tag && open) {
      out.push({ type: 'emphasis', data: { hName: open.tag }, children: open.words });
      open = undefined;
    } else if (open) open.words.push(child as PhrasingContent);
    else out.push(child);
  }
  return open ? [...out, ...open.words] : out;
}

function prepare(node: Nodes, slug: (text: string) => string, index: { charts: number }): void {
  if (node.type === 'heading') {
    node.data = { ...node.data, hProperties: { id: slug(plainText(node)) } };
    // The page's own title is its one h1: the report's headings go one level down.
    node.depth = Math.min(node.depth + 1, 6) as typeof node.depth;
  }
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = pairTags(parent.children).map((child) => {
    if (child.type !== 'code' || child.lang !== 'mermaid') return child;
    const svg = timelineSvg(readGantt(child.value), `timeline-${++index.charts}`);
    return { type: 'paragraph', data: { hName: 'figure', hChildren: [svg] }, children: [] };
  });
  for (const child of parent.children) prepare(child, slug, index);
}

/**
 * A Markdown report (the mdast tree `impact --format md` or `regime --format md` writes) as page
 * content: the same tree, so the page says exactly what the report says; headings get the ids
 * the report's links point to, and its Mermaid timeline is drawn as an SVG picture.
 */
export function reportHast(tree: Root): ElementContent[] {
  prepare(tree, headingSlugger(), { charts: 0 });
  const hast = unified().use(remarkRehype).runSync(tree) as HastRoot;
  return hast.children.filter((child): child is ElementContent => child.type !== 'doctype');
}
