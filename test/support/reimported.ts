import type { ResolutionDocument } from '../../src/model/document.js';
import type { RenderFormat } from '../../src/render/document/render-document.js';
import { importedText } from './imported-text.js';
import { renderedAs } from './rendered-as.js';

/** The document rendered as `format` and imported back, as a person would round-trip it. */
export function reimported(document: ResolutionDocument, format: RenderFormat): ResolutionDocument {
  return importedText(renderedAs(document, format), `rendered.${format}`);
}
