import type { ParsedElement, ParsedNode } from '../akn/parse-xml.js';
import { isW, wChildren } from './word-xml.js';

/** The text of a note's paragraph: its w:t, a tab or break as a space. */
function textOf(nodes: readonly ParsedNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (isW(node, 't')) text += node.children.filter((c): c is string => typeof c === 'string').join('');
    else if (isW(node, 'tab') || isW(node, 'br')) text += ' ';
    else text += textOf(node.children);
  }
  return text;
}

/** The words of a comment or footnote (its w:p joined by a space, spaces squeezed). */
export function noteText(note: ParsedElement): string {
  return wChildren(note, 'p')
    .map((p) => textOf(p.children).replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join(' ');
}
