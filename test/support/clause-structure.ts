import type { AnnexItem, ResolutionDocument, Subparagraph } from '../../src/model/document.js';

/**
 * Clause texts and structure: ids, numbers and labels and how sure they are, texts, editorial
 * summaries, nesting; annexes with their items; the header facts and the vote.
 */
export function structure(document: ResolutionDocument): unknown {
  const sub = (s: Subparagraph): unknown => ({ id: s.id, number: s.number, numberStatus: s.numberStatus, text: s.text, summary: s.summary, subparagraphs: s.subparagraphs?.map(sub) });
  const item = (i: AnnexItem): unknown => ({ id: i.id, label: i.label, text: i.text, summary: i.summary, items: i.items?.map(item) });
  return {
    completeness: document.completeness,
    opening: document.opening,
    preamble: document.preamble.map((p) => ({ id: p.id, text: p.text, summary: p.summary })),
    operative: document.operative.map((p) => ({ id: p.id, number: p.number, numberStatus: p.numberStatus, heading: p.heading, text: p.text, summary: p.summary, subparagraphs: p.subparagraphs?.map(sub) })),
    annexes: document.annexes?.map((a) => ({ id: a.id, label: a.label, title: a.title, items: a.items.map(item) })),
    header: { kind: document.kind, number: document.number, year: document.year, meeting: document.meeting, dates: document.dates, record: document.vote?.record },
  };
}
