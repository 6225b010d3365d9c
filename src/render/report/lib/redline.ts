/**
 * A word-level redline as Markdown. `html` marks changes with <del> and <ins>, which GitHub and
 * most renderers show as struck-through and underlined text; `plain` uses Markdown's own ~~…~~
 * and **…**, for renderers that strip raw HTML.
 *
 * In `html`, only the tags are raw HTML (`htmlTag`); the words between them stay text nodes, so
 * remark-stringify escapes them like any other text and no clause can open a tag or a Markdown
 * construct of its own. Runs of whitespace (line wraps in the source, never a change) become one
 * space, as a browser would show them anyway: a line break inside a redline could leave a tag alone
 * on a line, which Markdown would read as the start of a raw HTML block. Other spaces (no-break
 * spaces before French punctuation …) are kept as they are.
 */
import type { PhrasingContent } from 'mdast';
import type { Redline, RedlineSegment } from '../../../diff/types.js';
import { htmlTag, literal, strong } from './mdast.js';

/** The whitespace Markdown and HTML fold into one space. */
const LINE_WHITESPACE = /[ \t\r\n]+/g;

export type RedlineStyle = 'html' | 'plain';

export const REDLINE_STYLES: readonly RedlineStyle[] = ['html', 'plain'];

function marked(kind: Exclude<RedlineSegment['kind'], 'equal'>, text: string, style: RedlineStyle): PhrasingContent[] {
  if (style === 'plain') return [kind === 'delete' ? { type: 'delete', children: [literal(text)] } : strong(text)];
  const tag = kind === 'delete' ? 'del' : 'ins';
  return [htmlTag(`<${tag}>`), literal(text), htmlTag(`</${tag}>`)];
}

/** Emphasis markers must touch the words they mark, so spaces at a change's edges stay outside it. */
function segmentContent(segment: RedlineSegment, style: RedlineStyle): PhrasingContent[] {
  const text = segment.text.replace(LINE_WHITESPACE, ' ');
  if (segment.kind === 'equal') return [literal(text)];
  const [, before = '', core = '', after = ''] = /^( ?)(.*?)( ?)$/su.exec(text) ?? [];
  if (core === '') return before || after ? [literal(' ')] : [];
  return [...(before ? [literal(before)] : []), ...marked(segment.kind, core, style), ...(after ? [literal(after)] : [])];
}

export function redlinePhrasing(redline: Redline, style: RedlineStyle): PhrasingContent[] {
  const content = redline.segments.flatMap((segment) => segmentContent(segment, style));
  return mergeText(style === 'plain' ? spaceMarks(content) : content);
}

/**
 * In the plain style every change stands between spaces ("measures ~~,~~ **;** and"): Markdown
 * reads ~~ and ** as marks only where they do not touch a letter on their outer side, and
 * GitHub's renderer does not close ~~…~~ and open **…** back to back before a punctuation mark.
 * The spaces are the markers' own, like the markers themselves; the words are unchanged.
 */
function spaceMarks(content: PhrasingContent[]): PhrasingContent[] {
  const isMark = (node: PhrasingContent | undefined) => node?.type === 'delete' || node?.type === 'strong';
  const spaced: PhrasingContent[] = [];
  for (const node of content) {
    const previous = spaced.at(-1);
    const touches = isMark(node) ? previous !== undefined && !(previous.type === 'text' && previous.value.endsWith(' ')) : isMark(previous) && !(node.type === 'text' && node.value.startsWith(' '));
    if (touches) spaced.push(literal(' '));
    spaced.push(node);
  }
  return spaced;
}

/** Adjacent text nodes joined, and the ends trimmed: a paragraph's edges are not part of its text. */
function mergeText(content: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of content) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else merged.push(node.type === 'text' ? { ...node } : node);
  }
  const first = merged[0];
  if (first?.type === 'text') first.value = first.value.replace(/^ /, '');
  const end = merged.at(-1);
  if (end?.type === 'text') end.value = end.value.replace(/ $/, '');
  return merged.filter((node) => node.type !== 'text' || node.value !== '');
}

/** One line telling the reader how changes are marked, in the style used. */
export function redlineLegend(style: RedlineStyle): PhrasingContent[] {
  return [literal('Deleted words are '), ...marked('delete', 'struck through', style), literal(', inserted words '), ...marked('insert', style === 'html' ? 'underlined' : 'in bold', style), literal('.')];
}
