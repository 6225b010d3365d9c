import type { Element, ElementContent, Root } from 'hast';
import type { Reference, ResolutionDocument } from '../../model/document.js';
import { expandParagraphs, findByPath, formatParagraphPath } from '../../model/paragraph-path.js';
import type { CitationHref } from '../../render/html/citation-link.js';
import { h } from './h.js';
import { queryLink } from './query-link.js';

/** A document a citation may point into, and how the pages name it. */
export interface CitedDocument {
  ref: string;
  document: ResolutionDocument;
}

/** The document a reference's `resolution` ("841 (1993)") names, or, for none, the document itself. */
export type FindCited = (resolution: string | undefined) => CitedDocument | undefined;

/** The cited paragraphs' first id and wording ("8. Decides …"), as far as the cited document has them. */
function citedWording(document: ResolutionDocument, reference: Reference): { id?: string; lines: string[] } {
  const lines: string[] = [];
  let id: string | undefined;
  for (const entry of reference.paragraphs ?? []) {
    for (const path of expandParagraphs(entry) ?? []) {
      const clause = findByPath(document, path);
      if (!clause) continue;
      id ??= clause.id;
      lines.push(`${formatParagraphPath(path)}. ${clause.text ?? `(editorial summary, not the official text) ${clause.summary?.text ?? ''}`}`);
    }
  }
  return id === undefined ? { lines } : { id, lines };
}

interface Cited {
  href: string;
  lines: string[];
}

/**
 * Citations of paragraphs as links to them, with the cited wording: `citationHref` for
 * `resolutionToHast`, which records what each link cites, and `addWording`, which then puts the
 * wording beside each link, shown on hover and focus (CSS) and read out as its description.
 */
export class CitationLinks {
  private readonly cited: Cited[] = [];

  constructor(private readonly find: FindCited) {}

  readonly citationHref: CitationHref = ({ reference }) => {
    if (reference.resolutions !== undefined) return undefined;
    const target = this.find(reference.resolution);
    if (!target) return undefined;
    const { id, lines } = citedWording(target.document, reference);
    if (id === undefined) return undefined;
    const href = `${queryLink('/document', { doc: target.ref })}#${id}`;
    this.cited.push({ href, lines });
    return href;
  };

  addWording(tree: Element | Root): void {
    let count = 0;
    const visit = (node: Element | Root) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
        if (child.tagName !== 'a' || !classes.includes('citation')) {
          visit(child);
          return child;
        }
        const at = this.cited.findIndex((entry) => entry.href === child.properties.href);
        if (at < 0) return child;
        const [{ lines }] = this.cited.splice(at, 1) as [Cited];
        const tip = `cite-${++count}`;
        const shown = lines.length > 3 ? [...lines.slice(0, 3), `… and ${lines.length - 3} more`] : lines;
        child.properties.ariaDescribedBy = [tip];
        return h('span', { className: ['cite'] }, child, h('span', { className: ['wording'], role: 'tooltip', id: tip }, shown.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line])))) as ElementContent;
      }) as typeof node.children;
    };
    visit(tree);
  }
}
