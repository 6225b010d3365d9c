import type { ResolutionDocument } from '../model/document.js';
import type { EditOperation } from './edit-plan.js';

/** A new paragraph put in a part. */
export interface Placed {
  /** The paragraph's id as the plan knows it (a stand-in, until fmt chooses its id). */
  id: string;
  kind: 'preambular' | 'operative';
  part: string;
  label: string;
}

export interface PartsPlan {
  operations: EditOperation[];
  placed: Placed[];
  /** The document as it reads once its new paragraphs are in their parts. */
  document: ResolutionDocument;
}

/**
 * In a resolution divided into parts A, B, C …, a paragraph a person added by hand (it has no
 * id yet: `isNew`) without saying which part it is in goes into the part of the paragraph before
 * it in the preamble or the operative paragraphs, as it reads in the file; one added before every
 * paragraph of a part, or where the paragraph before it has no part, is left as it is. A
 * paragraph added at the head of a part lands in the part before it: fmt says where it put it.
 */
export function planParts(document: ResolutionDocument, isNew: (id: string) => boolean): PartsPlan {
  const plan: PartsPlan = { operations: [], placed: [], document: structuredClone(document) };
  if (!document.parts?.length) return plan;
  const labels = new Map(document.parts.map((part) => [part.id, part.label]));
  for (const list of ['preamble', 'operative'] as const) {
    const paragraphs = plan.document[list];
    for (const [index, paragraph] of paragraphs.entries()) {
      const before = paragraphs[index - 1]?.part;
      if (!isNew(paragraph.id) || paragraph.part !== undefined || before === undefined) continue;
      paragraph.part = before;
      plan.operations.push({ kind: 'add-key', path: [list, index], key: 'part', value: before });
      plan.placed.push({ id: paragraph.id, kind: list === 'preamble' ? 'preambular' : 'operative', part: before, label: labels.get(before) ?? before });
    }
  }
  return plan;
}
