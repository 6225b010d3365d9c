import type { ResolutionDocument } from '../model/document.js';
import { layoutDocument } from '../render/document/layout.js';
import { plainText } from '../render/document/plain-text.js';

/**
 * The document in plain text, as `bluedraft render` prints it.
 * @deprecated Only bench/ still imports this; call `renderDocument` from the render layer.
 */
export function renderPlainText(document: ResolutionDocument): string {
  return plainText(layoutDocument(document).blocks);
}
