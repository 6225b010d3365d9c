/**
 * A small, independent reader of the Word files bluedraft writes, for tests: the body's
 * paragraphs as Word shows them with all tracked changes accepted, all rejected, or as they are
 * (a file without changes), each with the number or label Word's numbering gives it, computed
 * from numbering.xml (format, label text, start override, counting per instance).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser } from 'saxes';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlNode | string>;
}

/** Parses XML into a plain tree; throws on anything not well formed. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: '#root', attributes: {}, children: [] };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack.at(-1)!.children.push(text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return root.children.find((child): child is XmlNode => typeof child !== 'string')!;
}

export function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const elements = (node: XmlNode, name?: string) => node.children.filter((child): child is XmlNode => typeof child !== 'string' && (name === undefined || child.name === name));
const child = (node: XmlNode | undefined, name: string) => (node ? elements(node, name)[0] : undefined);

function label(format: string, value: number): string {
  const roman = (n: number) => {
    const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let out = '';
    for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
    return out;
  };
  const letters = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.ceil(n / 26));
  switch (format) {
    case 'decimal': return String(value);
    case 'lowerLetter': return letters(value);
    case 'upperLetter': return letters(value).toUpperCase();
    case 'lowerRoman': return roman(value);
    case 'upperRoman': return roman(value).toUpperCase();
    default: throw new Error(`format ${format}`);
  }
}

interface Instance {
  start: number;
  format: string;
  text: string;
}

function instances(numberingXml: string | undefined): Map<string, Instance> {
  const out = new Map<string, Instance>();
  if (!numberingXml) return out;
  const root = parseXml(numberingXml);
  const abstracts = new Map(elements(root, 'w:abstractNum').map((a) => [a.attributes['w:abstractNumId']!, child(a, 'w:lvl')!]));
  for (const num of elements(root, 'w:num')) {
    const level = abstracts.get(child(num, 'w:abstractNumId')!.attributes['w:val']!)!;
    const override = child(child(num, 'w:lvlOverride'), 'w:startOverride');
    out.set(num.attributes['w:numId']!, {
      start: Number(override?.attributes['w:val'] ?? child(level, 'w:start')!.attributes['w:val']),
      format: child(level, 'w:numFmt')!.attributes['w:val']!,
      text: child(level, 'w:lvlText')!.attributes['w:val']!,
    });
  }
  return out;
}

export type View = 'accept' | 'reject';

export interface ViewParagraph {
  style?: string;
  /** The number or label Word prints ("5.", "(a)"), where the paragraph is numbered. */
  label?: string;
  text: string;
}

function runText(node: XmlNode, view: View): string {
  let text = '';
  for (const item of node.children) {
    if (typeof item === 'string') continue;
    if ((item.name === 'w:ins' || item.name === 'w:moveTo') && view === 'reject') continue;
    if ((item.name === 'w:del' || item.name === 'w:moveFrom') && view === 'accept') continue;
    if (item.name === 'w:t' || item.name === 'w:delText') text += item.children.join('');
    else if (item.name === 'w:tab') text += '\t';
    else if (item.name === 'w:br') text += '\n';
    else if (item.name !== 'w:pPr' && item.name !== 'w:rPr') text += runText(item, view);
  }
  return text;
}

/**
 * The body's paragraphs in one view. A paragraph whose mark is deleted (accept) or inserted
 * (reject) disappears; its text in that view must be empty, or Word would join it to the next.
 */
export function wordView(bytes: Uint8Array, view: View): ViewParagraph[] {
  const files = parts(bytes);
  const lists = instances(files['word/numbering.xml']);
  const counts = new Map<string, number>();
  const body = child(parseXml(files['word/document.xml']!), 'w:body')!;
  const out: ViewParagraph[] = [];
  for (const p of elements(body, 'w:p')) {
    const pPr = child(p, 'w:pPr');
    const mark = elements(child(pPr, 'w:rPr') ?? { name: '', attributes: {}, children: [] }).map((e) => e.name);
    const gone = view === 'accept' ? mark.some((m) => m === 'w:del' || m === 'w:moveFrom') : mark.some((m) => m === 'w:ins' || m === 'w:moveTo');
    const text = runText(p, view);
    if (gone) {
      if (text !== '') throw new Error(`a paragraph that goes in the ${view} view keeps text: ${text}`);
      continue;
    }
    const properties = view === 'reject' && child(pPr, 'w:pPrChange') ? child(child(pPr, 'w:pPrChange'), 'w:pPr') : pPr;
    const numId = child(child(properties, 'w:numPr'), 'w:numId')?.attributes['w:val'];
    const paragraph: ViewParagraph = { text };
    const style = child(pPr, 'w:pStyle')?.attributes['w:val'];
    if (style) paragraph.style = style;
    if (numId !== undefined) {
      const instance = lists.get(numId)!;
      const value = instance.start + (counts.get(numId) ?? 0);
      counts.set(numId, (counts.get(numId) ?? 0) + 1);
      paragraph.label = instance.text.replace('%1', label(instance.format, value));
    }
    out.push(paragraph);
  }
  return out;
}

/** A view as the plain-text layout prints it: "5. Decides …", one block per paragraph, line wraps as spaces. */
export function viewLines(paragraphs: readonly ViewParagraph[]): string[] {
  return paragraphs.filter((p) => p.label !== undefined || p.text !== '').map((p) => (p.label === undefined ? p.text : `${p.label} ${p.text}`));
}

/** The plain-text layout's blocks, line wraps inside a block as spaces (Word has no line wraps in a paragraph). */
export function layoutLines(plain: string): string[] {
  return plain.replace(/\n$/, '').split('\n\n').map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' '));
}
