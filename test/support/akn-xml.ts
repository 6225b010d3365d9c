import type { ResolutionDocument } from '../../src/model/document.js';
import { renderAkn } from '../../src/render/document/akn/render-akn.js';

/** The document as Akoma Ntoso, as `bluedraft render --format akn` writes it; a refusal stops the test. */
export function aknXml(document: ResolutionDocument): string {
  const rendered = renderAkn(document);
  if (!rendered.ok) throw new Error(rendered.problem);
  return rendered.xml;
}
