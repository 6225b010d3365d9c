import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Position } from '../../model/location.js';

/** A parsed element: its namespace and local name, attributes by `{namespace}local` (plain `local` without one), and where its tag opens. */
export interface ParsedElement extends Position {
  namespace: string;
  local: string;
  attributes: Map<string, string>;
  children: ParsedNode[];
}

export type ParsedNode = ParsedElement | string;

export interface XmlProblem extends Position {
  code: string;
  message: string;
  hint: string;
}

export type ParsedXml = { ok: true; root: ParsedElement } | { ok: false; problem: XmlProblem };

/** Deeper than this, a document is refused: no resolution nests so, and recursion over it would exhaust the stack. */
export const MAX_DEPTH = 256;

class Refused extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem.message);
  }
}

/** Line and column (1-based) of an offset in the text. */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: offset - lineStart + 1 };
}

function attributeKey(namespace: string, local: string): string {
  return namespace === '' ? local : `{${namespace}}${local}`;
}

/**
 * Parses XML into a tree with positions, with saxes: a strict, non-validating parser that
 * reports any well-formedness error and never reads a DTD's declarations. A document type
 * declaration is refused outright, so that no entity is ever defined, expanded or fetched (an
 * entity bomb or an external entity reference is then an undefined entity, and refused too); no
 * file or network address in the document is ever opened.
 */
export function parseXml(text: string): ParsedXml {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: ParsedElement[] = [];
  let root: ParsedElement | undefined;
  let start = { line: 1, col: 1 };
  // The last character read: saxes notices a problem once it has read the character that shows it.
  const here = () => ({ line: parser.line, col: Math.max(1, parser.column) });
  parser.on('error', (error) => {
    const message = error.message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
    throw new Refused({ ...here(), code: 'xml-not-well-formed', message: `the XML is not well formed: ${message}`, hint: 'correct the XML at this place (a tag not closed, a stray "&" or "<" …)' });
  });
  parser.on('doctype', () => {
    throw new Refused({ ...positionOf(text, text.indexOf('<!DOCTYPE')), code: 'xml-doctype', message: 'the XML has a document type declaration (<!DOCTYPE …>): Akoma Ntoso uses none, and bluedraft neither reads its entities nor fetches anything it names', hint: 'remove the <!DOCTYPE …> declaration; write characters directly or as numeric references (&#8217;)' });
  });
  parser.on('opentagstart', (tag) => {
    // Reported once the character after the name is read.
    start = { line: parser.line, col: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) throw new Refused({ ...start, code: 'xml-too-deep', message: `elements are nested more than ${MAX_DEPTH} deep here`, hint: 'this is not the shape of a resolution; check the file' });
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) if (attribute.prefix !== 'xmlns' && attribute.name !== 'xmlns') attributes.set(attributeKey(attribute.uri, attribute.local), attribute.value);
    const node: ParsedElement = { namespace: tag.uri, local: tag.local, attributes, children: [], ...start };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1]!.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
  if (!root) return { ok: false, problem: { line: 1, col: 1, code: 'xml-not-well-formed', message: 'the file holds no XML element', hint: 'give an Akoma Ntoso document (<akomaNtoso …>)' } };
  return { ok: true, root };
}
