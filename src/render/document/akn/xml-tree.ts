/**
 * A plain XML element tree: what the Akoma Ntoso renderer builds and `serializeXml` writes
 * (`bluedraft import` reads into its own tree with positions: import/akn/parse-xml.ts). Names are
 * qualified names as written (`akn` elements unprefixed, extension attributes `bd:…`).
 */
export interface XmlElement {
  name: string;
  /** In the order they are written. */
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** An element; attributes whose value is undefined are left out, as are undefined children. */
export function element(name: string, attributes: Record<string, string | undefined> = {}, children: ReadonlyArray<XmlNode | undefined | false> = []): XmlElement {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) kept[key] = value;
  return { name, attributes: kept, children: children.filter((c): c is XmlNode => c !== undefined && c !== false) };
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}
