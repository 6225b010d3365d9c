import type { Element } from 'xast';
import { NS, w, type Child } from './ooxml.js';

/** An A4 page with 2.5 cm margins, as UN documents are printed. */
function sectionProperties(): Element {
  return w('sectPr', {}, w('pgSz', { w: 11906, h: 16838 }), w('pgMar', { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 708, footer: 708, gutter: 0 }));
}

/** word/document.xml: the body's paragraphs and tables, then the page set-up. */
export function documentElement(...body: Child[]): Element {
  return w('document', { 'xmlns:w': NS.w, 'xmlns:r': NS.r }, w('body', {}, ...body, sectionProperties()));
}
