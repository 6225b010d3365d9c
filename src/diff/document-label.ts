import type { ResolutionDocument } from '../model/document.js';
import type { DocumentLabel } from './types.js';

/** What a diff says of each side: the document's symbol, kind, status, revision, title, dates and language. */
export function documentLabel(document: ResolutionDocument): DocumentLabel {
  const { symbol, kind, status, revision, title, dates, language } = document;
  return {
    ...(symbol !== undefined && { symbol }),
    kind,
    status,
    ...(revision !== undefined && { revision }),
    ...(title !== undefined && { title }),
    ...(dates !== undefined && { dates }),
    language,
  };
}
