import { strToU8, zipSync } from 'fflate';
import { docxLines } from '../../../src/import/docx/docx-lines.js';
import { docxParts } from '../../../src/import/docx/docx-parts.js';
import { importDocx } from '../../../src/import/docx/import-docx.js';
import { shownParagraphs } from '../../../src/import/docx/shown-paragraphs.js';
import { wordParagraphs } from '../../../src/import/docx/word-paragraphs.js';
import { WordLists } from '../../../src/import/docx/word-numbering.js';
import { WordStyles } from '../../../src/import/docx/word-styles.js';
import type { ImportResult, TrackedChanges } from '../../../src/import/import-resolution.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts of a small Word file written by hand: the XML inside w:body, w:numbering, w:styles and w:comments. */
export interface HandBuilt {
  body: string;
  numbering?: string;
  styles?: string;
  comments?: string;
}

/** A .docx zipped with fflate from hand-written OOXML, as Word lays its parts out. */
export function buildDocx(parts: HandBuilt): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.body}</w:body></w:document>`),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.comments) files['word/comments.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${parts.comments}</w:comments>`);
  return zipSync(files);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A w:p with plain text, numbered (numId, ilvl) or styled as given. */
export function p(text: string, options: { numId?: number; ilvl?: number; style?: string; inner?: string } = {}): string {
  const numPr = options.numId === undefined ? '' : `<w:numPr>${options.ilvl === undefined ? '' : `<w:ilvl w:val="${options.ilvl}"/>`}<w:numId w:val="${options.numId}"/></w:numPr>`;
  const style = options.style === undefined ? '' : `<w:pStyle w:val="${options.style}"/>`;
  const pPr = style + numPr === '' ? '' : `<w:pPr>${style}${numPr}</w:pPr>`;
  return `<w:p>${pPr}${text === '' ? '' : `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`}${options.inner ?? ''}</w:p>`;
}

/** A w:lvl: level, format, text, start, and any more XML (w:lvlRestart, w:isLgl, w:pStyle). */
export function lvl(ilvl: number, format: string, text: string, start = 1, more = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>${more}<w:lvlText w:val="${text}"/></w:lvl>`;
}

/** The heading of a resolution, so that the import reads a resolution. */
export const HEADER = [p('Resolution 2999 (2030)'), p('Adopted by the Security Council at its 9999th meeting, on 1 January 2030'), p('The Security Council,'), p('Recalling its previous resolutions,')].join('');

/** Imports hand-built or test-made Word bytes as the command does. */
export function importBytes(bytes: Uint8Array, tracked?: TrackedChanges): ImportResult {
  return importDocx(bytes, { file: 'draft.docx', format: 'text', schemaPath: '../schemas/resolution.schema.json', ...(tracked ? { tracked } : {}) });
}

/** The paragraphs as the importer is given them: each behind its printed number. */
export function printedParagraphs(bytes: Uint8Array, tracked: TrackedChanges = 'accept'): string[] {
  const parts = docxParts(bytes);
  const styles = new WordStyles(parts.styles);
  return docxLines(shownParagraphs(wordParagraphs(parts.document), tracked), styles, new WordLists(parts.numbering, styles)).text.split('\n\n');
}
