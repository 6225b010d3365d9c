import type { ParsedElement } from '../akn/parse-xml.js';
import { wAttr, wChild, wChildren, wInt, wVal } from './word-xml.js';

/** Numbering a paragraph takes: a list instance (w:numId) and a level (w:ilvl), either of which may come from its style. */
export interface NumberingReference {
  numId?: string;
  ilvl?: number;
}

interface WordStyle {
  basedOn?: string;
  name?: string;
  numbering?: NumberingReference;
  outlineLevel?: number;
}

/** The w:numPr of a w:pPr, if it has one. */
export function numberingOf(pPr: ParsedElement | undefined): NumberingReference | undefined {
  const numPr = wChild(pPr, 'numPr');
  if (!numPr) return undefined;
  const numId = wVal(numPr, 'numId');
  const ilvl = wInt(wVal(numPr, 'ilvl'));
  return { ...(numId === undefined ? {} : { numId }), ...(ilvl === undefined ? {} : { ilvl }) };
}

/** styles.xml: each paragraph style's numbering and heading level, following w:basedOn. */
export class WordStyles {
  private readonly styles = new Map<string, WordStyle>();

  constructor(root: ParsedElement | undefined) {
    for (const style of wChildren(root, 'style')) {
      const id = wAttr(style, 'styleId');
      if (id === undefined) continue;
      const pPr = wChild(style, 'pPr');
      const basedOn = wVal(style, 'basedOn');
      const name = wVal(style, 'name');
      const numbering = numberingOf(pPr);
      const outlineLevel = wInt(wVal(pPr, 'outlineLvl'));
      this.styles.set(id, { ...(basedOn === undefined ? {} : { basedOn }), ...(name === undefined ? {} : { name }), ...(numbering ? { numbering } : {}), ...(outlineLevel === undefined ? {} : { outlineLevel }) });
    }
  }

  /** The style and those it is based on, nearest first (a loop in w:basedOn is cut). */
  private chain(id: string | undefined): WordStyle[] {
    const found: WordStyle[] = [];
    const seen = new Set<string>();
    let at = id;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) break;
      found.push(style);
      at = style.basedOn;
    }
    return found;
  }

  /** The numbering a style gives its paragraphs, inherited through w:basedOn. */
  numbering(id: string | undefined): NumberingReference | undefined {
    return this.chain(id).find((s) => s.numbering !== undefined)?.numbering;
  }

  /** The heading level (1 …) of a style: "heading N" by name, "Title", or an outline level. */
  headingLevel(id: string | undefined): number | undefined {
    for (const style of this.chain(id)) {
      const named = /^heading\s*(\d)$/i.exec(style.name ?? '');
      if (named) return Number(named[1]);
      if (/^title$/i.test(style.name ?? '')) return 1;
      if (style.outlineLevel !== undefined && style.outlineLevel < 9) return style.outlineLevel + 1;
    }
    return undefined;
  }
}
