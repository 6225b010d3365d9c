import type { ResolutionDocument } from '../../src/model/document.js';
import { renderDocument, type RenderFormat } from '../../src/render/document/render-document.js';

/** The document as `bluedraft render --format <format>` prints it; a refusal stops the test. */
export function renderedAs(document: ResolutionDocument, format: RenderFormat): string {
  const result = renderDocument(document, { format });
  if (!result.ok) throw new Error('render refused');
  return result.text;
}
