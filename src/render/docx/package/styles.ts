import type { Element } from 'xast';
import type { LanguageCode } from '../../../model/document.js';
import { NS, val, w, type Child } from '../ooxml.js';

/**
 * The paragraph styles bluedraft's Word documents use, by id. The resolution's styles name each
 * kind of block of the printed layout (docs/word-output.md); the report styles are Word's own
 * built-in ids, so that a report pasted into another document takes that document's headings.
 */
export const STYLE = {
  title: 'ResolutionTitle',
  header: 'ResolutionHeader',
  notice: 'EditorialNote',
  opening: 'ResolutionOpening',
  preamble: 'Preamble',
  operative: 'Operative',
  subparagraph: 'Subparagraph',
  heading: 'ParagraphHeading',
  part: 'PartLabel',
  partTitle: 'PartTitle',
  annex: 'AnnexLabel',
  annexTitle: 'AnnexTitle',
  annexItem: 'AnnexItem',
  vote: 'Vote',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  body: 'BodyText',
  listItem: 'ListParagraph',
  quote: 'Quote',
  code: 'Code',
  table: 'TableGrid',
  commentText: 'CommentText',
} as const;

/** Twentieths of a point: Word's unit of indentation and spacing. 720 is half an inch. */
const STEP = 720;

interface StyleSpec {
  name: string;
  centred?: boolean;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  before?: number;
  after?: number;
  left?: number;
  hanging?: number;
  firstLine?: number;
  keepNext?: boolean;
  font?: string;
  outline?: number;
}

const SPECS: Record<Exclude<keyof typeof STYLE, 'table'>, StyleSpec> = {
  title: { name: 'Resolution title', centred: true, bold: true, size: 28, after: 120, keepNext: true },
  header: { name: 'Resolution header', centred: true, after: 240, keepNext: true },
  notice: { name: 'Editorial note', italic: true, after: 240 },
  opening: { name: 'Resolution opening', firstLine: STEP, after: 240, keepNext: true },
  preamble: { name: 'Preambular paragraph', firstLine: STEP, after: 120 },
  operative: { name: 'Operative paragraph', left: STEP, hanging: STEP, after: 120 },
  subparagraph: { name: 'Subparagraph', left: 2 * STEP, hanging: STEP, after: 120 },
  heading: { name: 'Paragraph heading', italic: true, before: 240, after: 120, keepNext: true },
  part: { name: 'Part label', centred: true, bold: true, before: 240, after: 120, keepNext: true },
  partTitle: { name: 'Part title', centred: true, bold: true, after: 120, keepNext: true },
  annex: { name: 'Annex label', centred: true, bold: true, before: 480, after: 120, keepNext: true },
  annexTitle: { name: 'Annex title', centred: true, bold: true, after: 240, keepNext: true },
  annexItem: { name: 'Annex item', after: 120 },
  vote: { name: 'Vote', italic: true, before: 240 },
  heading1: { name: 'heading 1', bold: true, size: 32, before: 240, after: 120, keepNext: true, outline: 0 },
  heading2: { name: 'heading 2', bold: true, size: 28, before: 240, after: 120, keepNext: true, outline: 1 },
  heading3: { name: 'heading 3', bold: true, size: 24, before: 240, after: 120, keepNext: true, outline: 2 },
  body: { name: 'Body Text', after: 120 },
  listItem: { name: 'List Paragraph', left: STEP, hanging: 360, after: 60 },
  quote: { name: 'Quote', left: STEP, italic: true, after: 120 },
  code: { name: 'Code', font: 'Courier New', size: 20, after: 0 },
  commentText: { name: 'annotation text', size: 20 },
};

function paragraphStyle(id: string, spec: StyleSpec): Element {
  const ind = spec.left !== undefined || spec.hanging !== undefined || spec.firstLine !== undefined ? w('ind', { left: spec.left, hanging: spec.hanging, firstLine: spec.firstLine }) : undefined;
  const runProperties: Child[] = [spec.font !== undefined && w('rFonts', { ascii: spec.font, hAnsi: spec.font, cs: spec.font }), spec.bold && w('b'), spec.italic && w('i'), spec.size !== undefined && val('sz', spec.size)];
  return w(
    'style',
    { type: 'paragraph', styleId: id },
    val('name', spec.name),
    val('basedOn', 'Normal'),
    w('qFormat'),
    w('pPr', {}, spec.keepNext && w('keepNext'), w('spacing', { before: spec.before ?? 0, after: spec.after ?? 0 }), ind, spec.centred && val('jc', 'center'), spec.outline !== undefined && val('outlineLvl', spec.outline)),
    runProperties.some(Boolean) ? w('rPr', {}, ...runProperties) : undefined,
  );
}

/** The language tags Word marks text with, for spelling and hyphenation. */
const LANGUAGE_TAGS: Record<LanguageCode, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ru: 'ru-RU', zh: 'zh-CN', ar: 'ar-SA' };

/**
 * styles.xml: Times New Roman 12 pt in the text's language, and a style for each kind of block.
 * An Arabic text runs right to left: every paragraph (`w:bidi`) and every run (`w:rtl`).
 */
export function stylesPart(language: LanguageCode = 'en'): Element {
  const font = 'Times New Roman';
  const tag = LANGUAGE_TAGS[language];
  const rtl = language === 'ar';
  return w(
    'styles',
    { 'xmlns:w': NS.w },
    w('docDefaults', {}, w('rPrDefault', {}, w('rPr', {}, w('rFonts', { ascii: font, hAnsi: font, cs: font, eastAsia: font }), val('sz', 24), val('szCs', 24), rtl && w('rtl'), w('lang', { val: tag, eastAsia: tag, bidi: tag }))), w('pPrDefault', {}, w('pPr', {}, rtl && w('bidi'), w('spacing', { after: 0, line: 240, lineRule: 'auto' })))),
    w('style', { type: 'paragraph', default: 1, styleId: 'Normal' }, val('name', 'Normal'), w('qFormat')),
    Object.entries(SPECS).map(([key, spec]) => paragraphStyle(STYLE[key as keyof typeof SPECS], spec)),
    w(
      'style',
      { type: 'table', styleId: STYLE.table },
      val('name', 'Table Grid'),
      w('tblPr', {}, w('tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => w(side, { val: 'single', sz: 4, space: 0, color: 'auto' }))), w('tblCellMar', {}, w('left', { w: 80, type: 'dxa' }), w('right', { w: 80, type: 'dxa' }))),
    ),
    w('style', { type: 'character', styleId: 'CommentReference' }, val('name', 'annotation reference'), w('rPr', {}, val('sz', 16))),
  );
}
