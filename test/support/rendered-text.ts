import type { ResolutionDocument } from '../../src/model/document.js';
import { renderDocument } from '../../src/render/document/render-document.js';

/** The document in plain text as `bluedraft render` prints it: the layout `bluedraft import` reads back. */
export function renderedText(document: ResolutionDocument): string {
  const rendered = renderDocument(document);
  if (!rendered.ok) throw new Error(`${rendered.unsettled.length} unsettled brackets, though only --clean refuses them`);
  return rendered.text;
}
