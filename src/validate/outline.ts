import type { AnnexItem, ResolutionDocument, Subparagraph } from '../model/document.js';

function outlineSubparagraphs(subs: Subparagraph[] | undefined): Subparagraph[] | undefined {
  return subs?.map(({ id, number, subparagraphs }) => ({ id, number, subparagraphs: outlineSubparagraphs(subparagraphs) }));
}

function outlineItems(items: AnnexItem[]): AnnexItem[] {
  return items.map(({ id, items: inner }) => (inner ? { id, items: outlineItems(inner) } : { id }));
}

/**
 * What references into a document need of it: what cites it (kind, number, year) and its
 * clauses' ids and numbers, without their words: a tenth of the document's size, so that a
 * folder of a thousand files is not held in memory whole while their references are checked.
 */
export function outlineOf(document: ResolutionDocument): ResolutionDocument {
  const { kind, number, year, status, language, completeness } = document;
  return {
    kind,
    number,
    year,
    status,
    language,
    completeness,
    preamble: document.preamble.map(({ id }) => ({ id })),
    operative: document.operative.map(({ id, number: paragraph, subparagraphs }) => ({ id, number: paragraph, subparagraphs: outlineSubparagraphs(subparagraphs) })),
    annexes: document.annexes?.map(({ id, items }) => ({ id, items: outlineItems(items) })),
  };
}
