/**
 * A Markdown report's tree (diffReport, impactReport, regimeReport … in src/render/report) as
 * HTML, by remark-rehype: the same tree the Markdown is written from, so the two never say
 * different things. What remark-rehype would not do safely by itself is done here:
 * - raw HTML is never passed through: the report's own `<del>`/`<ins>`/`<sub>` tags become
 *   elements around the same text nodes (raw-markup.ts), and any other raw HTML is a fault;
 * - a link whose address is neither a place in the page nor a web address keeps its text only;
 * - a Mermaid timeline is drawn as inline SVG from the chart's data (timeline-chart.ts);
 * - headings get the ids GitHub gives them, which the report's `#…` links point to;
 * - blocks take their direction from their own words (`dir="auto"`): a report in English
 *   quoting an Arabic text shows each in its own direction.
 */
import type { Element, ElementContent, Root as HastRoot, Nodes as HastNodes } from 'hast';
import type { Code, Link, Root } from 'mdast';
import remarkRehype, { defaultHandlers } from 'remark-rehype';
import { unified } from 'unified';
import { addHeadingIds } from './heading-ids.js';
import { rawMarkupAsElements } from './raw-markup.js';
import { safeHref } from './safe-href.js';
import { timelineChart } from './timeline-chart.js';

type State = Parameters<typeof defaultHandlers.code>[0];

function code(state: State, node: Code): Element {
  const gantt = node.data?.gantt;
  const id = node.data?.hProperties?.id;
  return gantt && typeof id === 'string' ? timelineChart(gantt, id) : defaultHandlers.code(state, node);
}

function link(state: State, node: Link): Element | ElementContent[] {
  return safeHref(node.url) ? defaultHandlers.link(state, node) : state.all(node);
}

function html(): never {
  throw new Error('raw HTML reached the HTML rendering of a report');
}

/** Numbers the timelines of a report, `timeline-1` …, for their figures' ids. */
function numberTimelines(tree: Root): void {
  const codes = (node: Root | Root['children'][number]): Code[] => (node.type === 'code' ? [node] : 'children' in node ? node.children.flatMap(codes) : []);
  codes(tree)
    .filter((node) => node.data?.gantt)
    .forEach((node, index) => {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: `timeline-${index + 1}` } };
    });
}

const AUTO_DIRECTION = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'summary', 'blockquote']);

function autoDirection(node: HastNodes): void {
  if (node.type === 'element' && AUTO_DIRECTION.has(node.tagName) && node.properties.dir === undefined) node.properties.dir = 'auto';
  if ('children' in node) for (const child of node.children) autoDirection(child);
}

const processor = unified().use(remarkRehype, { handlers: { code, link, html } });

/** The report as a hast tree (a fragment: wrap it with `htmlPage`). The given tree is left as it is. */
export function reportToHast(tree: Root): HastRoot {
  const copy = rawMarkupAsElements(tree);
  addHeadingIds(copy);
  numberTimelines(copy);
  const result = processor.runSync(copy) as HastRoot;
  autoDirection(result);
  return result;
}
