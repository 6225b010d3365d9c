import type { ResolutionDocument } from '../../model/document.js';
import { layoutDocument, type UnsettledBracket } from '../document/layout.js';
import { blockParagraph } from './block-paragraph.js';
import { blockText } from './block-text.js';
import { documentElement } from './document-element.js';
import { listRuns } from './list-runs.js';
import { coreProperties } from './package/core-properties.js';
import { docxPackage } from './package/docx-package.js';
import { Numbering } from './package/numbering.js';
import { settingsPart } from './package/settings.js';
import { stylesPart } from './package/styles.js';
import { documentTitle } from './document-title.js';

export type DocxResult = { ok: true; bytes: Uint8Array } | { ok: false; unsettled: UnsettledBracket[] };

/**
 * A resolution or draft as a Word document in the UN layout (docs/word-output.md): one paragraph
 * per block of the plain-text layout, each in the style of its kind; operative paragraph numbers
 * and subparagraph labels as Word numbering, with hanging indents; the opening words in italics.
 * With `clean`, agreed brackets are resolved, and open ones are returned instead.
 */
export function resolutionDocx(document: ResolutionDocument, options: { clean?: boolean } = {}): DocxResult {
  const layout = layoutDocument(document, { clean: options.clean ?? false });
  if (layout.unsettled.length > 0) return { ok: false, unsettled: layout.unsettled };
  const numbering = new Numbering();
  const numIds = new Map<string, number>();
  const marks = listRuns(layout.blocks);
  const paragraphs = layout.blocks.flatMap((block, index) => {
    const mark = marks.get(index);
    const text = blockText(block, document.language, mark !== undefined);
    if (!text) return [];
    let numId: number | undefined;
    if (mark) {
      numId = numIds.get(mark.run) ?? numbering.instance(mark.kind, mark.start);
      numIds.set(mark.run, numId);
    }
    return [blockParagraph(text, numId)];
  });
  const numberingPart = numbering.part();
  return {
    ok: true,
    bytes: docxPackage({ document: documentElement(paragraphs), styles: stylesPart(document.language), settings: settingsPart(), core: coreProperties(documentTitle(document)), ...(numberingPart ? { numbering: numberingPart } : {}) }),
  };
}
