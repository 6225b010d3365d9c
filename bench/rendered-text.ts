import { renderDocument } from '../src/render/document/render-document.js';
import type { ResolutionDocument } from '../src/model/document.js';

/** The document in plain text, as `bluedraft render` prints it: what a user would give a text diff. */
export function renderedText(document: ResolutionDocument): string {
  const rendered = renderDocument(document);
  if (!rendered.ok) throw new Error(`cannot render ${document.symbol ?? 'a draft'}: ${rendered.unsettled.length} bracket(s) still open`);
  return rendered.text;
}
