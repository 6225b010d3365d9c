import type { ParsedElement, ParsedNode } from '../akn/parse-xml.js';
import { isW, wAttr, wChildren } from './word-xml.js';

/** A Word comment (comments.xml). */
export interface WordComment {
  author: string;
  date?: string;
  text: string;
}

/** The text of a comment's paragraph: its w:t, a tab or break as a space. */
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

/** comments.xml: each comment by id, its paragraphs joined. */
export function wordComments(root: ParsedElement | undefined): Map<string, WordComment> {
  const comments = new Map<string, WordComment>();
  for (const comment of wChildren(root, 'comment')) {
    const id = wAttr(comment, 'id');
    if (id === undefined) continue;
    const date = wAttr(comment, 'date');
    const text = wChildren(comment, 'p')
      .map((p) => textOf(p.children).replace(/\s+/g, ' ').trim())
      .filter((t) => t !== '')
      .join(' ');
    comments.set(id, { author: wAttr(comment, 'author') ?? 'an unnamed author', text, ...(date === undefined ? {} : { date }) });
  }
  return comments;
}

