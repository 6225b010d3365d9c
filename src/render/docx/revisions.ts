import type { Attributes } from './ooxml.js';

/**
 * Who made the tracked changes of a document and when: every `w:ins`, `w:del`, move and comment
 * carries the author and date, and an id unique in the document.
 */
export class Revisions {
  private next = 0;

  constructor(
    readonly author: string,
    /** ISO 8601, to the second, in UTC: "2026-12-07T15:00:00Z". */
    readonly date: string,
  ) {}

  /** The attributes of a new revision (or comment, or move range): id, author, date. */
  mark(): Attributes {
    return { id: this.next++, author: this.author, date: this.date };
  }

  /** A new id alone, for the end marker of a range. */
  id(): number {
    return this.next++;
  }
}

/** A date as Word writes it in a revision: UTC, no fraction of a second. */
export function revisionDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
