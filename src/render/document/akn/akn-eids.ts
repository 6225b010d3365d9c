import type { OperativeParagraph, ResolutionDocument, Subparagraph } from '../../../model/document.js';
import { pathEid } from './akn-names.js';

/** Characters an eId keeps (Akoma Ntoso naming convention: letters, digits, `_`, `-`). */
function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/**
 * The eId of every clause and part, by the Akoma Ntoso naming convention: `recital_3`,
 * `para_8`, `para_8__subpara_a`, `part_A`. They follow the printed numbers, so that a citation
 * "paragraph 8 (a) of resolution …" is a fragment `#para_8__subpara_a`; a clause printed without
 * a number (or with a number another clause already has) is named by its stable id instead.
 * Operative paragraphs are named alone, not under their part, since their numbering runs on.
 */
export function assignEids(document: ResolutionDocument): Map<string, string> {
  const eids = new Map<string, string>();
  const used = new Set<string>();
  const claim = (id: string, wanted: string, fallback: string) => {
    const eid = used.has(wanted) ? fallback : wanted;
    used.add(eid);
    eids.set(id, eid);
    return eid;
  };
  document.preamble.forEach((clause, k) => claim(clause.id, `recital_${k + 1}`, `recital_${safe(clause.id)}`));
  for (const part of document.parts ?? []) claim(part.id, `part_${safe(part.label)}`, `part_${safe(part.id)}`);
  const subparagraphs = (parent: string, list: readonly Subparagraph[]) =>
    list.forEach((sub, k) => {
      const eid = claim(sub.id, `${parent}__subpara_${sub.number === undefined ? `nn${k + 1}` : safe(sub.number)}`, `${parent}__subpara_${safe(sub.id)}`);
      subparagraphs(eid, sub.subparagraphs ?? []);
    });
  for (const paragraph of document.operative as OperativeParagraph[]) {
    const wanted = paragraph.number === undefined ? `para_${safe(paragraph.id)}` : pathEid({ paragraph: paragraph.number, labels: [] });
    subparagraphs(claim(paragraph.id, wanted, `para_${safe(paragraph.id)}`), paragraph.subparagraphs ?? []);
  }
  return eids;
}
