import type { OperativeParagraph, ResolutionDocument } from './document.js';

/**
 * Whether a resolution divided into parts numbers its operative paragraphs from 1 again in each
 * part, as some print it (S/RES/101 (1953): A 1–2, B 1–3, C 1–4), rather than running on across
 * parts (S/RES/687 (1991): A 1–…, B …). It does when every part after the first that has a
 * numbered operative paragraph opens with paragraph 1; a text that restarts in some parts only is
 * read as running on, so that the parts that do not are reported.
 */
export function numberingRestartsInParts(document: ResolutionDocument): boolean {
  const openings = partOpenings(document.operative);
  return openings.length > 1 && openings.slice(1).every((paragraph) => paragraph.number === 1);
}

/** The first numbered operative paragraph of each part (and of the paragraphs before the first part). */
function partOpenings(operative: readonly OperativeParagraph[]): OperativeParagraph[] {
  const openings: OperativeParagraph[] = [];
  const seen = new Set<string | undefined>();
  for (const paragraph of operative) {
    if (paragraph.number === undefined || seen.has(paragraph.part)) continue;
    seen.add(paragraph.part);
    openings.push(paragraph);
  }
  return openings;
}

/** Whether the operative paragraph at `index` opens a part other than that of the paragraph before it. */
export function opensPart(operative: readonly OperativeParagraph[], index: number): boolean {
  return index > 0 && operative[index]!.part !== operative[index - 1]!.part;
}
