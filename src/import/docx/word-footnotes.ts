import type { ParsedElement } from '../akn/parse-xml.js';
import { noteText } from './note-text.js';
import { wAttr, wChildren } from './word-xml.js';

/** footnotes.xml: each footnote's words by id (the separators Word keeps there left out). */
export function wordFootnotes(root: ParsedElement | undefined): Map<string, string> {
  const notes = new Map<string, string>();
  for (const footnote of wChildren(root, 'footnote')) {
    const id = wAttr(footnote, 'id');
    const type = wAttr(footnote, 'type');
    if (id !== undefined && (type === undefined || type === 'normal')) notes.set(id, noteText(footnote));
  }
  return notes;
}
