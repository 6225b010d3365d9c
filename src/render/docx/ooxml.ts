/**
 * OOXML as xast trees: `w('p', …)` is a `w:p` element of WordprocessingML. Every part of a .docx
 * bluedraft writes is built from these and serialised by xast-util-to-xml, which escapes all
 * text and attribute values, so a clause's words can never open an element of their own.
 */
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;

export type Attributes = Record<string, string | number | undefined>;
export type Child = ElementContent | ElementContent[] | undefined | false;

function flat(children: Child[]): ElementContent[] {
  return children.flatMap((child) => (child === undefined || child === false ? [] : Array.isArray(child) ? child : [child]));
}

/** A WordprocessingML element, `w:` prefixed, its attributes `w:` prefixed too (pass `xml:space` etc. in full). */
export function w(name: string, attributes: Attributes = {}, ...children: Child[]): Element {
  const prefixed: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) prefixed[key.includes(':') ? key : `w:${key}`] = value;
  return x(`w:${name}`, prefixed, flat(children));
}

/** An element with no prefix added (content types, relationships). */
export function plain(name: string, attributes: Attributes = {}, ...children: Child[]): Element {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) kept[key] = value;
  return x(name, kept, flat(children));
}

/** `<w:X w:val="…"/>`, the form most properties take. */
export function val(name: string, value: string | number): Element {
  return w(name, { val: value });
}

/**
 * A whole XML part: the declaration, then the root element. xast-util-to-xml escapes `&` and `<`
 * but not `>`, and "]]>" may not stand in XML text: it is written "]]&gt;" (the same value in
 * an attribute; the trees hold no CDATA section, where it would mean anything else).
 */
export function xmlPart(element: Element): string {
  const root: Root = { type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' }, element] };
  return toXml(root, { closeEmptyElements: true, tightClose: true }).replaceAll(']]>', ']]&gt;');
}
