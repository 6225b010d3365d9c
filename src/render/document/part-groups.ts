import type { ResolutionDocument, ResolutionPart } from '../../model/document.js';

/** The paragraphs of one part (or those before the first part), by their places in `preamble` and `operative`. */
export interface PartGroup {
  /** Absent for the paragraphs before the first part. */
  part?: ResolutionPart;
  preamble: number[];
  operative: number[];
}

/**
 * A document's paragraphs in reading order: those before the first part (the only group of an
 * undivided text), then each part of `parts` in order, its preamble before its operative
 * paragraphs. A paragraph naming a part that `parts` does not declare (which validation reports)
 * is kept, in a group of its own after the declared parts, labelled with the id it names: nothing
 * of the text is ever left out.
 */
export function partGroups(document: ResolutionDocument): PartGroup[] {
  const groups = new Map<string | undefined, PartGroup>([[undefined, { preamble: [], operative: [] }]]);
  for (const part of document.parts ?? []) if (!groups.has(part.id)) groups.set(part.id, { part, preamble: [], operative: [] });
  const groupOf = (id: string | undefined): PartGroup => {
    let group = groups.get(id);
    if (!group) {
      group = { part: { id: id!, label: id! }, preamble: [], operative: [] };
      groups.set(id, group);
    }
    return group;
  };
  document.preamble.forEach((paragraph, index) => groupOf(paragraph.part).preamble.push(index));
  document.operative.forEach((paragraph, index) => groupOf(paragraph.part).operative.push(index));
  return [...groups.values()];
}
