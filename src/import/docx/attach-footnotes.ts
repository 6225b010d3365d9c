import { diagnostic, type Diagnostic } from '../../load/diagnostic.js';
import type { ResolutionDocument } from '../../model/document.js';
import { paragraphPlace } from './paragraph-place.js';
import type { ShownParagraph } from './shown-paragraphs.js';

/**
 * Keeps each footnote in the document's `notes`, as the plain-text import keeps a printed one,
 * numbered as Word numbers them (1, 2 … in the order of their references) and naming the
 * paragraph that refers to it; each is said once, at that paragraph.
 */
export function attachFootnotes(file: string, document: ResolutionDocument, paragraphs: readonly ShownParagraph[], footnotes: ReadonlyMap<string, string>): Diagnostic[] {
  const found: Diagnostic[] = [];
  let number = 0;
  for (const paragraph of paragraphs) {
    for (const id of paragraph.footnotes) {
      number++;
      const text = footnotes.get(id);
      if (text === undefined) continue;
      (document.notes ??= []).push(`Footnote ${number} in the Word file (on ${paragraphPlace(paragraph)}): "${text}"`);
      found.push({ ...diagnostic(file, { line: paragraph.number, col: 1 }, 'info', 'docx-footnote', `footnote ${number} kept in \`notes\`: "${text}"`), where: paragraphPlace(paragraph) });
    }
  }
  return found;
}
