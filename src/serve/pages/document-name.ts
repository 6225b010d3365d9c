import type { ResolutionDocument } from '../../model/document.js';
import { capitalise, documentName } from '../../render/report/lib/names.js';

/** How the pages name a document: "Resolution 841 (1993) of 16 June 1993", "The draft (rev.1) of …". */
export function shownName(document: ResolutionDocument): string {
  return capitalise(documentName(document));
}
