import type { ParsedElement, ParsedNode } from '../akn/parse-xml.js';

/** WordprocessingML's namespace, as Word writes it (transitional) and as ISO strict files have it. */
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

/** Whether `node` is the WordprocessingML element `local` (w:p, w:r …). */
export function isW(node: ParsedNode, local: string): boolean {
  return typeof node !== 'string' && node.local === local && W.has(node.namespace);
}

/** The first child element w:`local`. */
export function wChild(element: ParsedElement | undefined, local: string): ParsedElement | undefined {
  return element?.children.find((c): c is ParsedElement => typeof c !== 'string' && isW(c, local));
}

/** Every child element w:`local`. */
export function wChildren(element: ParsedElement | undefined, local: string): ParsedElement[] {
  return element === undefined ? [] : element.children.filter((c): c is ParsedElement => typeof c !== 'string' && isW(c, local));
}

/** The attribute w:`local` (in either namespace). */
export function wAttr(element: ParsedElement | undefined, local: string): string | undefined {
  if (element === undefined) return undefined;
  for (const ns of W) {
    const value = element.attributes.get(`{${ns}}${local}`);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The w:val of child w:`local`. */
export function wVal(element: ParsedElement | undefined, local: string): string | undefined {
  return wAttr(wChild(element, local), 'val');
}

/** An integer attribute value, or undefined where absent or not a number. */
export function wInt(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number(value);
}
