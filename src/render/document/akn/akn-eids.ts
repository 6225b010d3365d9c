import { partGroups } from '../part-groups.js';
import type { ResolutionDocument, Subparagraph } from '../../../model/document.js';
import { pathEid } from './akn-names.js';

/** Characters an eId keeps (Akoma Ntoso naming convention: letters, digits, `_`, `-`). */
function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** Hands out eIds, each once: the wanted one, or a fallback where it is taken. */
class EidRegister {
  readonly eids = new Map<string, string>();
  private readonly used = new Set<string>();

  claim(id: string, wanted: string, fallback: string): string {
    const eid = this.used.has(wanted) ? fallback : wanted;
    this.used.add(eid);
    this.eids.set(id, eid);
    return eid;
  }

  subparagraphs(parent: string, list: readonly Subparagraph[]): void {
    list.forEach((sub, k) => {
      const label = sub.number === undefined ? `nn${k + 1}` : safe(sub.number);
      const eid = this.claim(sub.id, `${parent}__subpara_${label}`, `${parent}__subpara_${safe(sub.id)}`);
      this.subparagraphs(eid, sub.subparagraphs ?? []);
    });
  }
}

/**
 * The eId of every clause and part, by the Akoma Ntoso naming convention: `recital_3`,
 * `para_8`, `para_8__subpara_a`, `part_A`. They follow the printed numbers, so that a citation
 * "paragraph 8 (a) of resolution …" is a fragment `#para_8__subpara_a`; a clause printed without
 * a number (or with a number another clause already has) is named by its stable id instead.
 * Operative paragraphs are named alone, not under their part, since their numbering runs on.
 */
export function assignEids(document: ResolutionDocument): Map<string, string> {
  const register = new EidRegister();
  document.preamble.forEach((clause, k) => register.claim(clause.id, `recital_${k + 1}`, `recital_${safe(clause.id)}`));
  // Every part a paragraph is in, declared or not (an undeclared one is kept, as partGroups keeps it).
  for (const { part } of partGroups(document)) if (part) register.claim(part.id, `part_${safe(part.label)}`, `part_${safe(part.id)}`);
  for (const paragraph of document.operative) {
    const byId = `para_${safe(paragraph.id)}`;
    const eid = register.claim(paragraph.id, paragraph.number === undefined ? byId : pathEid({ paragraph: paragraph.number, labels: [] }), byId);
    register.subparagraphs(eid, paragraph.subparagraphs ?? []);
  }
  return register.eids;
}
