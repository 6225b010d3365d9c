import type { ResolutionDocument } from '../../model/document.js';
import { documentLabel } from '../../diff/document-label.js';
import { documentName } from '../report/lib/names.js';

/** The title a Word document of this text carries in its properties: the text's own title, or its name. */
export function documentTitle(document: ResolutionDocument): string {
  return document.title ?? documentName(documentLabel(document));
}
