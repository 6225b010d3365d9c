import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseResolution } from '../../bench/generate.js';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { sideText } from '../../src/diff/redline.js';
import type { ClauseChange, ResolutionDiff } from '../../src/diff/types.js';
import { applyDiff, documentTexts } from './apply-diff.js';
import { insertParagraphs, mergeIntoList, mergeParagraphs, Random, resolution, rewordable, rewordOne, rewrap, shuffle, splitList, splitParagraph, type Ids } from './generate.js';

const seed = fc.integer({ min: 1, max: 0x7fffffff });
const size = fc.integer({ min: 8, max: 60 });
const ids = fc.constantFrom<Ids>('stable', 'conventional');

const kinds = (diff: ResolutionDiff) => diff.clauses.map((change) => change.kind);
const count = (diff: ResolutionDiff, kind: ClauseChange['kind']) => kinds(diff).filter((k) => k === kind).length;
const all = (changes: readonly ClauseChange[]): ClauseChange[] => changes.flatMap((change) => [change, ...all(change.subparagraphs ?? [])]);

describe('diffResolutions on generated resolutions', () => {
  it('finds no change between a document and itself', () => {
    fc.assert(
      fc.property(seed, size, (s, n) => {
        const document = resolution(s, n);
        const diff = diffResolutions(document, structuredClone(document));
        expect(diff.identical).toBe(true);
        expect(new Set(kinds(diff))).toEqual(new Set(['unchanged']));
        expect(diff.clauses).toHaveLength(document.preamble.length + document.operative.length);
        expect([diff.metadata, diff.force, diff.annexes]).toEqual([[], [], []]);
      }),
    );
  });

  it('finds no change when only whitespace and line wrapping differ', () => {
    fc.assert(
      fc.property(seed, size, (s, n) => {
        const document = resolution(s, n);
        const diff = diffResolutions(document, rewrap(new Random(s + 1), document));
        expect(diff.identical).toBe(true);
      }),
    );
  });

  it('rebuilds the new texts exactly from the old document and the diff', () => {
    fc.assert(
      fc.property(seed, size, fc.double({ min: 0.02, max: 0.5, noNaN: true }), (s, n, share) => {
        const document = resolution(s, n);
        const revised = reviseResolution(new Random(s + 1), document, share);
        expect(applyDiff(document, diffResolutions(document, revised).clauses)).toEqual(documentTexts(revised));
      }),
    );
  });

  it('rebuilds the new texts after splits, merges and moves too', () => {
    fc.assert(
      fc.property(seed, size, ids, (s, n, idKind) => {
        const random = new Random(s + 1);
        const document = resolution(s, n);
        const split = splitParagraph(random, document, idKind)?.revised ?? document;
        const merged = mergeParagraphs(random, split, idKind)?.revised ?? split;
        const listSplit = splitList(random, merged, idKind)?.revised ?? merged;
        const listMerged = mergeIntoList(random, listSplit, idKind)?.revised ?? listSplit;
        const revised = shuffle(random, listMerged, idKind);
        expect(applyDiff(document, diffResolutions(document, revised).clauses)).toEqual(documentTexts(revised));
      }),
    );
  });

  it('shows k inserted paragraphs as exactly k added, the others unchanged or renumbered', () => {
    fc.assert(
      fc.property(seed, size, fc.integer({ min: 1, max: 5 }), ids, (s, n, k, idKind) => {
        const document = resolution(s, n);
        const { revised, inserted } = insertParagraphs(new Random(s + 1), document, k, idKind);
        const diff = diffResolutions(document, revised);
        expect(count(diff, 'added')).toBe(k);
        expect(kinds(diff).filter((kind) => !['added', 'unchanged', 'renumbered'].includes(kind))).toEqual([]);
        expect(all(diff.clauses).filter((change) => change.kind === 'reworded' || change.redline)).toEqual([]);
        if (idKind === 'stable') expect(diff.clauses.filter((c) => c.kind === 'added').map((c) => c.new[0]!.id).sort()).toEqual([...inserted].sort());
        // Every old operative paragraph whose number changed, and only those, is renumbered.
        const moved = diff.clauses.filter((c) => c.old[0]?.part === 'operative' && c.new[0] && c.old[0].number !== c.new[0].number);
        expect(moved.every((c) => c.kind === 'renumbered')).toBe(true);
        expect(count(diff, 'renumbered')).toBe(moved.length);
      }),
    );
  });

  it('pairs a recurring wording in its order, so paragraphs inserted before it move nothing', () => {
    // Found by the property above: with ids given by position, the id of one "Recalling …" paragraph
    // landed on its twin, and the two were shown as moved.
    const recalling = 'Recalling its resolution 841 (1993),';
    const document = (texts: string[]) => ({ kind: 'draft' as const, status: 'circulated' as const, language: 'en' as const, completeness: 'full' as const, operative: [], preamble: texts.map((text, i) => ({ id: `pp_${i + 1}`, text })) });
    const diff = diffResolutions(document([recalling, 'Concerned at the situation,', recalling]), document(['Welcoming the talks,', 'Noting the report,', recalling, 'Concerned at the situation,', recalling]));
    expect(kinds(diff).filter((kind) => kind !== 'unchanged').sort()).toEqual(['added', 'added']);
  });

  it('shows shuffled paragraphs as moved, never as added and removed', () => {
    fc.assert(
      fc.property(seed, size, ids, fc.boolean(), (s, n, idKind, preamble) => {
        const document = resolution(s, n);
        const revised = shuffle(new Random(s + 1), document, idKind, preamble);
        const diff = diffResolutions(document, revised);
        expect(count(diff, 'added') + count(diff, 'removed') + count(diff, 'reworded')).toBe(0);
        const orderChanged = JSON.stringify(documentTexts(document)) !== JSON.stringify(documentTexts(revised));
        const paragraphs = document.preamble.length + document.operative.length;
        expect(count(diff, 'moved') > 0).toBe(orderChanged);
        expect(count(diff, 'moved')).toBeLessThan(paragraphs);
      }),
    );
  });

  it('shows one reworded paragraph as reworded, with a redline from the old wording to the new', () => {
    fc.assert(
      fc.property(seed, size, (s, n) => {
        const random = new Random(s + 1);
        const document = resolution(s, n);
        const places = rewordable(document);
        fc.pre(places.length > 0);
        const at = random.pick(places);
        const revised = rewordOne(random, document, at);
        const diff = diffResolutions(document, revised);
        const changed = diff.clauses.filter((change) => change.kind !== 'unchanged');
        expect(changed.map((change) => [change.kind, change.new[0]!.part, change.new[0]!.index])).toEqual([['reworded', at.part, at.index]]);
        expect(sideText(changed[0]!.redline!, 'new')).toBe(revised[at.part][at.index]!.text);
        expect(sideText(changed[0]!.redline!, 'old').replace(/\s+/g, ' ')).toBe(document[at.part][at.index]!.text!.replace(/\s+/g, ' '));
      }),
    );
  });

  it('recognises a split paragraph and two merged ones', () => {
    fc.assert(
      fc.property(seed, size, ids, (s, n, idKind) => {
        const document = resolution(s, n);
        const split = splitParagraph(new Random(s + 1), document, idKind);
        fc.pre(split !== undefined);
        const splitDiff = diffResolutions(document, split!.revised).clauses.filter((c) => c.kind !== 'unchanged' && c.kind !== 'renumbered');
        expect(splitDiff.map((c) => [c.kind, c.old.map((side) => side.index), c.new.map((side) => side.index)])).toEqual([['split', [split!.index], [split!.index, split!.index + 1]]]);
        const merged = mergeParagraphs(new Random(s + 2), document, idKind);
        fc.pre(merged !== undefined);
        const mergeDiff = diffResolutions(document, merged!.revised).clauses.filter((c) => c.kind !== 'unchanged' && c.kind !== 'renumbered');
        expect(mergeDiff.map((c) => [c.kind, c.old.map((side) => side.index), c.new.map((side) => side.index)])).toEqual([['merged', [merged!.index, merged!.index + 1], [merged!.index]]]);
      }),
    );
  });

  it('recognises a paragraph with subparagraphs split in two lists, and one merged with the paragraph after it', () => {
    fc.assert(
      fc.property(seed, size, ids, (s, n, idKind) => {
        const document = resolution(s, n);
        const significant = (diff: ResolutionDiff) => diff.clauses.filter((c) => c.kind !== 'unchanged' && c.kind !== 'renumbered').map((c) => [c.kind, c.old.map((side) => side.index), c.new.map((side) => side.index)]);
        const split = splitList(new Random(s + 1), document, idKind);
        fc.pre(split !== undefined);
        const splitDiff = diffResolutions(document, split!.revised);
        expect(significant(splitDiff)).toEqual([['split', [split!.index], [split!.index, split!.index + 1]]]);
        expect(applyDiff(document, splitDiff.clauses)).toEqual(documentTexts(split!.revised));
        const merged = mergeIntoList(new Random(s + 2), document, idKind);
        fc.pre(merged !== undefined);
        const mergeDiff = diffResolutions(document, merged!.revised);
        expect(significant(mergeDiff)).toEqual([['merged', [merged!.index, merged!.index + 1], [merged!.index]]]);
        expect(applyDiff(document, mergeDiff.clauses)).toEqual(documentTexts(merged!.revised));
      }),
    );
  });
});
