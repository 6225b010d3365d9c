import type { ElementContent } from 'hast';
import type { Reference, ResolutionDocument } from '../../model/document.js';
import { expandParagraphs, findByPath, formatParagraphPath } from '../../model/paragraph-path.js';
import { h } from './h.js';
import { queryLink } from './query-link.js';

/** A document a citation may point into, and how the pages name it. */
export interface CitedDocument {
  ref: string;
  document: ResolutionDocument;
}

/** The document a reference's `resolution` ("841 (1993)") names, or, for none, the document itself. */
export type FindCited = (resolution: string | undefined) => CitedDocument | undefined;

interface Span {
  start: number;
  end: number;
  reference: Reference;
}

/** Where each reference's verbatim text stands in the clause's words, in order, never overlapping. */
function citationSpans(text: string, references: readonly Reference[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const reference of references) {
    if (!reference.text || reference.paragraphs === undefined || reference.resolutions !== undefined) continue;
    const start = text.indexOf(reference.text, from);
    if (start < 0) continue;
    spans.push({ start, end: start + reference.text.length, reference });
    from = start + reference.text.length;
  }
  return spans;
}

/** The cited paragraphs' ids and wording ("8. Decides …"), as far as the cited document has them. */
function citedWording(document: ResolutionDocument, reference: Reference): { id?: string; lines: string[] } {
  const lines: string[] = [];
  let id: string | undefined;
  for (const entry of reference.paragraphs ?? []) {
    for (const path of expandParagraphs(entry) ?? []) {
      const clause = findByPath(document, path);
      if (!clause) continue;
      id ??= clause.id;
      lines.push(`${formatParagraphPath(path)}. ${clause.text ?? `(summary, not the official text) ${clause.summary?.text ?? ''}`}`);
    }
  }
  return id === undefined ? { lines } : { id, lines };
}

/**
 * A citation shown as a link to the cited paragraph, with the cited wording beside it, shown on
 * hover and on focus (CSS only) and read out as the link's description.
 */
function citationElement(words: string, reference: Reference, find: FindCited, key: string): ElementContent {
  const cited = find(reference.resolution);
  if (!cited) return { type: 'text', value: words };
  const { id, lines } = citedWording(cited.document, reference);
  if (id === undefined) return { type: 'text', value: words };
  const shown = lines.length > 3 ? [...lines.slice(0, 3), `… and ${lines.length - 3} more`] : lines;
  const tip = `cite-${key}`;
  return h(
    'span',
    { className: ['cite'] },
    h('a', { href: `${queryLink('/document', { doc: cited.ref })}#${id}`, ariaDescribedBy: tip }, words),
    h('span', { className: ['wording'], role: 'tooltip', id: tip }, shown.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]))),
  );
}

/**
 * A clause's words, its opening words in italics (`italic` characters), each citation of a
 * paragraph a link with the cited wording. Every word stays a text node.
 */
export function clauseWords(text: string, italic: number, references: readonly Reference[], find: FindCited, clauseId: string): ElementContent[] {
  const out: ElementContent[] = [];
  const plain = (from: number, to: number) => {
    if (to <= from) return;
    const cut = Math.min(Math.max(italic, from), to);
    if (cut > from) out.push(h('em', {}, text.slice(from, cut)));
    if (to > cut) out.push({ type: 'text', value: text.slice(cut, to) });
  };
  let at = 0;
  citationSpans(text, references).forEach((span, index) => {
    plain(at, span.start);
    out.push(citationElement(text.slice(span.start, span.end), span.reference, find, `${clauseId}-${index}`));
    at = span.end;
  });
  plain(at, text.length);
  return out;
}
