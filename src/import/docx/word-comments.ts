import type { ParsedElement } from '../akn/parse-xml.js';
import { noteText } from './note-text.js';
import { wAttr, wChildren } from './word-xml.js';

/** A Word comment (comments.xml). */
export interface WordComment {
  author: string;
  date?: string;
  text: string;
}

/** comments.xml: each comment by id, its paragraphs joined. */
export function wordComments(root: ParsedElement | undefined): Map<string, WordComment> {
  const comments = new Map<string, WordComment>();
  for (const comment of wChildren(root, 'comment')) {
    const id = wAttr(comment, 'id');
    if (id === undefined) continue;
    const date = wAttr(comment, 'date');
    const text = noteText(comment);
    comments.set(id, { author: wAttr(comment, 'author') ?? 'an unnamed author', text, ...(date === undefined ? {} : { date }) });
  }
  return comments;
}

