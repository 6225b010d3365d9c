/**
 * The raw HTML in a report tree, as elements. The Markdown reports mark a redline with raw
 * `<del>`/`<ins>` tags around text nodes (src/render/report/lib/redline.ts) and a revision with
 * `<sub>` (the history report); in the HTML reports those tags become real elements wrapping the
 * same text nodes, so the words between them stay text. Nothing else that is raw HTML is let
 * through: a tag not on this list, or one left open or closed twice, is a fault in the report's
 * code (clause text never becomes an `html` node) and stops the rendering.
 */
import type { Emphasis, Nodes, PhrasingContent, Root } from 'mdast';

/** The tags reports write, each to the element it stands for. */
const ELEMENTS: Record<string, { tagName: string; className: string }> = {
  del: { tagName: 'del', className: 'redline-delete' },
  ins: { tagName: 'ins', className: 'redline-insert' },
  sub: { tagName: 'sub', className: 'revision' },
};

/** The nodes whose children are words: raw tags elsewhere would be blocks of HTML. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);

const TAG = /^<(\/?)([a-z]+)>$/;

interface Open {
  name: string;
  children: PhrasingContent[];
}

/**
 * An mdast node that remark-rehype turns into the element (`data.hName`): emphasis is only its
 * carrier, as remark-rehype's own `applyData` replaces the tag name and properties.
 */
function wrapper(name: string, children: PhrasingContent[]): Emphasis {
  const { tagName, className } = ELEMENTS[name]!;
  return { type: 'emphasis', children, data: { hName: tagName, hProperties: { className: [className] } } };
}

function readTag(value: string): { closing: boolean; name: string } {
  const match = TAG.exec(value.trim());
  if (!match || !(match[2]! in ELEMENTS)) throw new Error(`a report holds raw HTML that its HTML rendering does not know: ${JSON.stringify(value)}`);
  return { closing: match[1] === '/', name: match[2]! };
}

function convertPhrasing(children: readonly PhrasingContent[]): PhrasingContent[] {
  const stack: Open[] = [{ name: '', children: [] }];
  for (const child of children) {
    if (child.type !== 'html') {
      stack.at(-1)!.children.push(child);
      continue;
    }
    const tag = readTag(child.value);
    if (!tag.closing) {
      stack.push({ name: tag.name, children: [] });
      continue;
    }
    const open = stack.pop()!;
    if (open.name !== tag.name) throw new Error(`a report closes <${tag.name}> where ${open.name ? `<${open.name}>` : 'no tag'} is open`);
    stack.at(-1)!.children.push(wrapper(open.name, open.children));
  }
  if (stack.length > 1) throw new Error(`a report leaves <${stack.at(-1)!.name}> open`);
  return stack[0]!.children;
}

function convert(node: Nodes): void {
  if (!('children' in node)) return;
  if (node.children.some((child) => child.type === 'html')) {
    if (!PHRASING_PARENTS.has(node.type)) throw new Error('a report holds a block of raw HTML, which its HTML rendering does not show');
    (node as { children: PhrasingContent[] }).children = convertPhrasing(node.children as PhrasingContent[]);
  }
  for (const child of node.children) convert(child);
}

/** A copy of the report tree with every raw tag replaced by the element it marks. */
export function rawMarkupAsElements(tree: Root): Root {
  const copy = structuredClone(tree);
  convert(copy);
  return copy;
}
