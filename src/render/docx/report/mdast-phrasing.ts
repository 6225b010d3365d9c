import type { PhrasingContent } from 'mdast';
import type { Element } from 'xast';
import { textRuns, type RunStyle } from '../runs.js';
import { w } from '../ooxml.js';

/** The raw HTML tags reports use (only ever fixed tags: see `htmlTag`), as run formatting. */
const TAG_STYLES: Record<string, keyof RunStyle> = { del: 'strike', ins: 'underline', sub: 'italic' };

/**
 * Phrasing content of a report as Word runs: emphasis italic, strong bold, ~~delete~~ and
 * <del>…</del> struck through, <ins>…</ins> underlined, code in a fixed-width font; a link shows
 * its words, and its address after them where that is a web address the words do not give.
 */
export function phrasingRuns(nodes: readonly PhrasingContent[], style: RunStyle = {}): Element[] {
  const runs: Element[] = [];
  let current = style;
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        runs.push(...textRuns(node.value, current, { newlines: 'space' }));
        break;
      case 'emphasis':
        runs.push(...phrasingRuns(node.children, { ...current, italic: true }));
        break;
      case 'strong':
        runs.push(...phrasingRuns(node.children, { ...current, bold: true }));
        break;
      case 'delete':
        runs.push(...phrasingRuns(node.children, { ...current, strike: true }));
        break;
      case 'inlineCode':
        runs.push(...textRuns(node.value, { ...current, code: true }));
        break;
      case 'break':
        runs.push(w('r', {}, w('br')));
        break;
      case 'link': {
        runs.push(...phrasingRuns(node.children, current));
        const words = node.children.map((child) => ('value' in child ? child.value : '')).join('');
        if (/^https?:/.test(node.url) && words !== node.url) runs.push(...textRuns(` (${node.url})`, current));
        break;
      }
      case 'html': {
        const tag = /^<(\/?)([a-z]+)>$/.exec(node.value);
        const property = tag ? TAG_STYLES[tag[2]!] : undefined;
        if (property) current = { ...current, [property]: tag![1] === '' };
        break;
      }
      case 'footnoteReference':
        runs.push(...textRuns(`[${node.label ?? node.identifier}]`, current));
        break;
      default:
        if ('children' in node) runs.push(...phrasingRuns(node.children as PhrasingContent[], current));
        else if ('value' in node) runs.push(...textRuns(String(node.value), current));
    }
  }
  return runs;
}
