/**
 * What the comparison document's tests share: the document made for a pair of texts, the text
 * after its cover as Word shows it with all changes accepted or rejected, the expected lines,
 * and generated revisions.
 */
import fc from 'fast-check';
import { reviseResolution } from '../../../../bench/generate.js';
import { diffResolutions } from '../../../../src/diff/diff-resolutions.js';
import type { ResolutionDocument } from '../../../../src/model/document.js';
import { layoutDocument } from '../../../../src/render/document/layout.js';
import { printedText } from '../../../../src/render/document/plain-text.js';
import { comparisonDocx } from '../../../../src/render/docx/diff/comparison-docx.js';
import { insertParagraphs, mergeIntoList, mergeParagraphs, Random, resolution, shuffle, splitList, splitParagraph, type Ids } from '../../../diff/generate.js';
import { viewLines, wordView, type View } from './word-view.js';

/** Whitespace is never a change (docs/diff.md): runs of it count as one space. */
export const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The plain-text layout's blocks. */
export function printedLines(document: ResolutionDocument): string[] {
  return layoutDocument(document).blocks.flatMap((block) => printedText(block) ?? []).map(squeeze);
}

export function docx(old: ResolutionDocument, updated: ResolutionDocument): Uint8Array {
  return comparisonDocx(old, updated, diffResolutions(old, updated), { author: 'Delegation of Ruritania', date: new Date('2026-12-07T15:00:00Z') });
}

/** The text after the cover: the paragraphs after the page break. */
export function textView(bytes: Uint8Array, view: View): string[] {
  const paragraphs = wordView(bytes, view);
  return viewLines(paragraphs.slice(paragraphs.findIndex((p) => p.text === '\n') + 1)).map(squeeze);
}

const seed = fc.integer({ min: 1, max: 0x7fffffff });
const ids = fc.constantFrom<Ids>('stable', 'conventional');

/** A generated resolution and a revision of it: words changed, paragraphs added, reordered, split or merged. */
export const revision = fc.tuple(seed, fc.integer({ min: 8, max: 40 }), ids, fc.integer({ min: 0, max: 4 })).map(([s, n, idKind, edit]) => {
  const random = new Random(s + 1);
  const old = resolution(s, n);
  const revised = [
    () => reviseResolution(random, old, 0.3),
    () => insertParagraphs(random, old, 3, idKind).revised,
    () => shuffle(random, old, idKind, true),
    () => splitList(random, splitParagraph(random, old, idKind)?.revised ?? old, idKind)?.revised ?? old,
    () => mergeIntoList(random, mergeParagraphs(random, old, idKind)?.revised ?? old, idKind)?.revised ?? old,
  ][edit]!();
  return { old, new: revised };
});
