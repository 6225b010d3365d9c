import { isElement, type XmlElement, type XmlNode } from './xml-tree.js';

/** Characters XML 1.0 cannot hold at all, even as references: control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Half of a surrogate pair without its other half: no character at all, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checked(text: string): string {
  const bad = NOT_XML.exec(text) ?? LONE_SURROGATE.exec(text);
  if (bad) throw new RangeError(`U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML 1.0`);
  return text;
}

function escapeText(text: string): string {
  return checked(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value with its quotes: single quotes where that spares escaping double ones (JSON). */
function quotedAttribute(value: string): string {
  const escaped = escapeText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
  if (value.includes('"') && !value.includes("'")) return `'${escaped}'`;
  return `"${escaped.replace(/"/g, '&quot;')}"`;
}

function openTag(node: XmlElement, close: boolean): string {
  const attributes = Object.entries(node.attributes).map(([key, value]) => ` ${key}=${quotedAttribute(value)}`).join('');
  return `<${node.name}${attributes}${close ? '/>' : '>'}`;
}

/** Mixed content (any text child) is written on one line, exactly: indenting it would change the text. */
function inline(node: XmlNode): string {
  if (!isElement(node)) return escapeText(node);
  if (node.children.length === 0) return openTag(node, true);
  return `${openTag(node, false)}${node.children.map(inline).join('')}</${node.name}>`;
}

function block(node: XmlElement, depth: number, lines: string[], mixed: ReadonlySet<string>): void {
  const indent = '  '.repeat(depth);
  if (node.children.length === 0 || mixed.has(node.name) || node.children.some((c) => !isElement(c))) {
    lines.push(indent + inline(node));
    return;
  }
  lines.push(indent + openTag(node, false));
  for (const child of node.children) block(child as XmlElement, depth + 1, lines, mixed);
  lines.push(`${indent}</${node.name}>`);
}

/**
 * Writes an element tree as an XML document, UTF-8, indented where an element holds only
 * elements. Text and attribute values are escaped here and nowhere else; a character XML 1.0
 * cannot represent is refused (RangeError) rather than written as a document no parser accepts.
 * `mixed` names the elements whose content is text (`p`): they are written on one line even
 * when they hold only elements, since whitespace inside them would be text.
 */
export function serializeXml(root: XmlElement, mixed: ReadonlySet<string> = new Set()): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  block(root, 0, lines, mixed);
  return lines.join('\n') + '\n';
}
