import type { ResolutionDocument } from '../../../src/model/document.js';
import { expandParagraphs, findByPath, walkOperative } from '../../../src/model/paragraph-path.js';
import { parseCitations } from '../../../src/text/parse-citations.js';

/** Every text fmt may touch, by owner id and field. */
export function texts(document: ResolutionDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of document.preamble) if (p.text) out.set(`${p.id} text`, p.text);
  for (const { clause } of walkOperative(document)) {
    if (clause.text) out.set(`${clause.id} text`, clause.text);
    if (clause.note) out.set(`${clause.id} note`, clause.note);
    for (const [i, r] of (clause.references ?? []).entries()) if (r.text) out.set(`${clause.id} reference ${i}`, r.text);
  }
  return out;
}

/** What each internal citation of a text designates, as the set of clause ids (sorted), read in the document's own numbering. */
function citedIds(document: ResolutionDocument, text: string, paragraph?: number): string[][] {
  return parseCitations(text, paragraph === undefined ? {} : { paragraph })
    .filter((c) => !c.reference.resolution && !c.reference.resolutions && c.reference.paragraphs && !/^\s+of\b/.test(text.slice(c.end)))
    .map((c) => c.reference.paragraphs!.flatMap((entry) => expandParagraphs(entry)!.map((path) => findByPath(document, path)?.id ?? `missing ${entry}`)).sort());
}

/** For every clause: the ids its text, note and references designate. */
export function meanings(document: ResolutionDocument): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const { clause, at } of walkOperative(document)) {
    const paragraph = document.operative[at[1] as number]!.number;
    const targets = [...(clause.references ?? []), ...('effects' in clause ? (clause.effects ?? []).flatMap((e) => (e.target ? [e.target] : [])) : [])]
      .filter((r) => !r.resolution && !r.resolutions)
      .map((r) => (r.paragraphs ?? []).flatMap((entry) => expandParagraphs(entry)!.map((path) => findByPath(document, path)?.id ?? `missing ${entry}`)).sort());
    out.set(clause.id, { text: citedIds(document, clause.text ?? '', paragraph), note: citedIds(document, clause.note ?? '', paragraph), targets });
  }
  return out;
}
