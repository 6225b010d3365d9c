import type { Annex, AnnexItem, OperativeParagraph, ResolutionDocument, Subparagraph } from '../../src/model/document.js';
import { NUMBER_READING } from '../../src/import/number-reading.js';

/**
 * What a text's words are compared by: letters and digits only, lower-cased. Lines joined,
 * hyphens of divided words removed, spaces and punctuation moved: none of that changes it;
 * a word lost, added, doubled or moved does.
 */
export function wordStream(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** The number or label as printed: the original of its OCR correction, nothing where the source prints none. */
function printedNumber(clause: OperativeParagraph | Subparagraph): string {
  const correction = clause.corrections?.find((c) => c.reason !== undefined && NUMBER_READING.reasons.has(c.reason));
  if (correction) return correction.original;
  if (clause.number === undefined || clause.note?.includes(NUMBER_READING.supplied)) return '';
  return String(clause.number);
}

function subparagraphWords(subs: Subparagraph[] | undefined): string[] {
  return (subs ?? []).flatMap((sub) => [printedNumber(sub), sub.text ?? '', ...subparagraphWords(sub.subparagraphs)]);
}

function annexItemWords(items: AnnexItem[] | undefined): string[] {
  return (items ?? []).flatMap((item) => [item.label ?? '', item.text ?? '', ...annexItemWords(item.items)]);
}

function annexWords(annex: Annex): string[] {
  return [annex.label ?? '', annex.title ?? '', ...annexItemWords(annex.items)];
}

/**
 * The words a document holds in its clauses, in the order of the text it was imported from:
 * each part's label and title, then its preambular and operative paragraphs (headings, numbers
 * and labels as printed, subparagraphs), then the annexes.
 */
export function clauseWords(document: ResolutionDocument): string[] {
  const groups: Array<string | undefined> = [undefined, ...(document.parts ?? []).map((p) => p.id)];
  const words: string[] = [];
  for (const group of groups) {
    const part = document.parts?.find((p) => p.id === group);
    if (part) words.push(part.label, part.title ?? '');
    for (const paragraph of document.preamble.filter((p) => p.part === group)) words.push(paragraph.text ?? '');
    for (const paragraph of document.operative.filter((p) => p.part === group)) {
      words.push(paragraph.heading ?? '', printedNumber(paragraph), paragraph.text ?? '', ...subparagraphWords(paragraph.subparagraphs));
    }
  }
  for (const annex of document.annexes ?? []) words.push(...annexWords(annex));
  return words;
}
