import { diagnostic, type Diagnostic, type Severity } from '../../load/diagnostic.js';
import type { LanguageCode } from '../../model/document.js';
import { AKN_NAMESPACE, BLUEDRAFT_NAMESPACE } from '../../render/document/akn/akn-names.js';
import type { ParsedElement, ParsedNode } from './parse-xml.js';
import type { Position } from '../../model/location.js';

/** What reading a document needs: where to report, and whether bluedraft wrote it (then its text is exact). */
export class AknReading {
  readonly diagnostics: Diagnostic[] = [];
  /** Editorial notes by eId (meta/notes), and which of them a clause took. */
  readonly notes = new Map<string, ParsedElement>();
  readonly notesTaken = new Set<string>();
  /** The document's language, once its identification is read: citations are read from English words only. */
  language: LanguageCode | undefined;

  constructor(
    readonly file: string,
    /** Written by bluedraft: text is kept exactly as it stands; otherwise runs of white space are one space, as XML producers indent freely. */
    public exact = false,
  ) {}

  report(at: Position, severity: Severity, code: string, message: string, hint?: string): void {
    this.diagnostics.push(diagnostic(this.file, at, severity, code, message, hint));
  }
}

export function isElement(node: ParsedNode): node is ParsedElement {
  return typeof node !== 'string';
}

/** The Akoma Ntoso child elements, optionally only those named `local`. */
export function elements(parent: ParsedElement, local?: string): ParsedElement[] {
  return parent.children.filter((c): c is ParsedElement => isElement(c) && c.namespace === AKN_NAMESPACE && (local === undefined || c.local === local));
}

export function first(parent: ParsedElement | undefined, local: string): ParsedElement | undefined {
  return parent ? elements(parent, local)[0] : undefined;
}

/** The first descendant named `local`, depth first. */
export function find(parent: ParsedElement | undefined, local: string): ParsedElement | undefined {
  if (!parent) return undefined;
  for (const child of elements(parent)) {
    if (child.local === local) return child;
    const found = find(child, local);
    if (found) return found;
  }
  return undefined;
}

/** The descendants named `local`, in document order, not looking inside one found. */
export function descendants(node: ParsedElement, local: string): ParsedElement[] {
  return elements(node).flatMap((child) => (child.local === local ? [child] : descendants(child, local)));
}

/** Our words around a summary: its mark ("Editorial summary …") and its ranked sources, which `bd:data` holds as data. */
const EDITORIAL_SPANS = new Set(['editorialMark', 'editorialSources']);

/** What text an element holds, in reading order, leaving out editorial markers (noteRef, our summary mark and sources). */
export function rawText(node: ParsedNode): string {
  if (!isElement(node)) return node;
  if (node.local === 'noteRef' || node.local === 'authorialNote' || (node.local === 'span' && EDITORIAL_SPANS.has(node.attributes.get('class') ?? ''))) return '';
  // A printed line or page end separates words.
  if (node.local === 'eol' || node.local === 'eop') return ' ';
  return node.children.map(rawText).join('');
}

export function textOf(node: ParsedElement, reading: AknReading): string {
  const text = rawText(node);
  return reading.exact ? text : text.replace(/\s+/g, ' ').trim();
}

/**
 * The `bd:data` of an element: the fields of the object it stands for that Akoma Ntoso has no
 * element for (see render/document/akn/akn-names.ts). A value that is not a JSON object is
 * reported and ignored.
 */
export function dataOf(node: ParsedElement, reading: AknReading): Record<string, unknown> {
  const raw = node.attributes.get(`{${BLUEDRAFT_NAMESPACE}}data`);
  if (raw === undefined) return {};
  try {
    // A key "__proto__" would set the prototype of the object it is copied into: such keys are dropped.
    const value: unknown = JSON.parse(raw, (key, field: unknown) => (key === '__proto__' ? undefined : field));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  reading.report(node, 'error', 'akn-bad-data', `the bd:data of <${node.local}> is not a JSON object, so the fields it holds are lost`, 'write it as bluedraft does: a JSON object, e.g. bd:data=\'{"id":"op_1"}\'');
  return {};
}

/** The words of a paragraph holding our summary: written by bluedraft, after the space that follows its mark; otherwise trimmed. */
export function summaryText(block: ParsedElement, reading: AknReading): string {
  const text = textOf(block, reading);
  return reading.exact && text.startsWith(' ') ? text.slice(1) : text.trim();
}

/** What a note (or another container of paragraphs) says: its paragraphs' text, one after another. */
export function blocksText(node: ParsedElement, reading: AknReading): string {
  const blocks = elements(node, 'p');
  return blocks.length > 0 ? blocks.map((p) => textOf(p, reading)).join(' ') : textOf(node, reading);
}
