import type { Element } from 'xast';
import { val, w, type Attributes, type Child } from './ooxml.js';

/** A paragraph's numbering: the instance (`w:numId`) it counts in; lists here are single-level. */
export type ListNumber = number;

/** How the paragraph mark itself is tracked: inserted, deleted, moved from or to here. */
export type MarkRevision = { kind: 'ins' | 'del' | 'moveFrom' | 'moveTo'; attributes: Attributes };

export interface ParagraphProperties {
  style?: string;
  numId?: ListNumber;
  pageBreakBefore?: boolean;
  /** Direct indentation, in twentieths of a point. */
  indent?: { left: number; hanging?: number };
  mark?: MarkRevision;
  /**
   * The numbering the paragraph had before a tracked change (`w:pPrChange`): where the two texts
   * number it in different instances, rejecting the change gives it back its old numbering.
   */
  formerNumId?: { numId: ListNumber | undefined; attributes: Attributes };
}

function numPr(numId: ListNumber): Element {
  return w('numPr', {}, val('ilvl', 0), val('numId', numId));
}

/** `w:pPr`, its children in the order the schema gives them. */
function paragraphProperties(p: ParagraphProperties): Element | undefined {
  const former = p.formerNumId;
  const children: Child[] = [
    p.style !== undefined && val('pStyle', p.style),
    p.pageBreakBefore && w('pageBreakBefore'),
    p.numId !== undefined && numPr(p.numId),
    p.indent && w('ind', { left: p.indent.left, hanging: p.indent.hanging }),
    p.mark && w('rPr', {}, w(p.mark.kind, p.mark.attributes)),
    former && w('pPrChange', former.attributes, w('pPr', {}, p.style !== undefined && val('pStyle', p.style), former.numId !== undefined && numPr(former.numId))),
  ];
  return children.some(Boolean) ? w('pPr', {}, ...children) : undefined;
}

export function paragraph(properties: ParagraphProperties, ...content: Child[]): Element {
  return w('p', {}, paragraphProperties(properties), ...content);
}
