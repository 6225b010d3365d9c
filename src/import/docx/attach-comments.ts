import type { ResolutionDocument } from '../../model/document.js';
import type { ClauseFinder } from './clause-finder.js';
import { paragraphPlace } from './paragraph-place.js';
import type { ShownParagraph } from './shown-paragraphs.js';
import type { WordComment } from './word-comments.js';

function commentNote(comment: WordComment): string {
  return `Word comment by ${comment.author}${comment.date ? ` (${comment.date.slice(0, 10)})` : ''}, not part of the text: "${comment.text}"`;
}

/**
 * Keeps each Word comment as a note on the clause its paragraph stands in (labelled as a
 * comment, with its author), or, where the paragraph is in no clause (the header, the vote),
 * in the document's notes with the paragraph named.
 */
export function attachComments(document: ResolutionDocument, paragraphs: readonly ShownParagraph[], comments: ReadonlyMap<string, WordComment>, lineOf: ReadonlyMap<ShownParagraph, number>, clauses: ClauseFinder): void {
  for (const paragraph of paragraphs) {
    for (const id of paragraph.comments) {
      const comment = comments.get(id);
      if (!comment) continue;
      const line = lineOf.get(paragraph);
      const clause = line === undefined ? undefined : clauses.at(line);
      if (clause) clause.note = clause.note === undefined ? commentNote(comment) : `${clause.note}\n${commentNote(comment)}`;
      else (document.notes ??= []).push(`${commentNote(comment)} (on ${paragraphPlace(paragraph)})`);
    }
  }
}
