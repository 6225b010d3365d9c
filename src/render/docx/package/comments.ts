import type { Element } from 'xast';
import { NS, val, w } from '../ooxml.js';
import type { Revisions } from '../revisions.js';
import { STYLE } from './styles.js';
import { textRuns } from '../runs.js';

/**
 * comments.xml: Word comments, each with the author and date of the document's revisions. A
 * comment is anchored in the text by `anchor` (range start, range end and the reference mark).
 */
export class Comments {
  private readonly comments: Element[] = [];

  constructor(private readonly revisions: Revisions) {}

  /** A new comment saying `text`; returns the elements that anchor it around `content` in a paragraph. */
  anchor(text: string, content: Element[]): Element[] {
    // Unique among all the document's annotations (revisions, move ranges, comments), as Word writes them.
    const id = this.revisions.id();
    const { author, date } = this.revisions;
    this.comments.push(w('comment', { id, author, date, initials: author.slice(0, 3) }, w('p', {}, w('pPr', {}, val('pStyle', STYLE.commentText)), textRuns(text))));
    return [w('commentRangeStart', { id }), ...content, w('commentRangeEnd', { id }), w('r', {}, w('rPr', {}, val('rStyle', 'CommentReference')), w('commentReference', { id }))];
  }

  /** The part, or undefined when there is no comment. */
  part(): Element | undefined {
    return this.comments.length > 0 ? w('comments', { 'xmlns:w': NS.w }, this.comments) : undefined;
  }
}
