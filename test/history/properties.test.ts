import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphUnits } from '../../src/diff/clause-units.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { traceHistory } from '../../src/negotiate/history/trace-history.js';
import { NegotiationRefusal } from '../../src/negotiate/refusal.js';
import { reviseResolution } from '../../bench/generate.js';
import { insertParagraphs, Random, resolution, rewordable, rewordOne } from '../diff/generate.js';

const seed = fc.integer({ min: 1, max: 0x7fffffff });

type Edit = { kind: 'reworded' | 'added' | 'dropped'; id: string; revision: number };

/** Revisions of a generated draft, one known edit each (a rewording, a new paragraph, a paragraph dropped), ids kept. */
function revisions(s: number, n: number, clauses: number): { documents: ResolutionDocument[]; edits: Edit[] } {
  const random = new Random(s);
  const documents = [resolution(s, clauses)];
  const edits: Edit[] = [];
  for (let r = 1; r < n; r++) {
    const previous = documents.at(-1)!;
    const choice = random.int(0, 2);
    const places = rewordable(previous);
    if (choice === 0 && places.length > 0) {
      const at = random.pick(places);
      documents.push(rewordOne(random, previous, at));
      edits.push({ kind: 'reworded', id: previous[at.part][at.index]!.id, revision: r });
    } else if (choice === 1 || previous.operative.length < 3) {
      const { revised, inserted } = insertParagraphs(random, previous, 1, 'stable');
      const paragraph = [...revised.preamble, ...revised.operative].find((p) => p.id === inserted[0])!;
      paragraph.id = `new${r}`;
      documents.push(revised);
      edits.push({ kind: 'added', id: paragraph.id, revision: r });
    } else {
      const revised = structuredClone(previous);
      const [gone] = revised.operative.splice(random.int(0, revised.operative.length - 1), 1);
      documents.push(revised);
      edits.push({ kind: 'dropped', id: gone!.id, revision: r });
    }
  }
  return { documents, edits };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('traceHistory on generated revisions', () => {
  it('agrees with the edits that made each revision, as the pairwise diffs see them', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 2, max: 7 }), fc.integer({ min: 10, max: 40 }), (s, n, clauses) => {
        const { documents, edits } = revisions(s, n, clauses);
        const history = traceHistory(documents.map((document, i) => ({ name: `rev${i}`, document })));
        const dropped = edits.filter((e) => e.kind === 'dropped');
        expect(history.dropped.map((d) => [d.id, d.droppedIn])).toEqual(dropped.map((e) => [e.id, e.revision]));
        for (const paragraph of history.paragraphs) {
          const added = edits.find((e) => e.kind === 'added' && e.id === paragraph.id);
          expect(paragraph.appeared).toBe(added?.revision ?? 0);
          const reworded = edits.filter((e) => e.kind === 'reworded' && e.id === paragraph.id).map((e) => e.revision);
          expect(paragraph.events.filter((e) => e.kind === 'reworded').map((e) => e.revision)).toEqual(reworded);
          // Its words: all from where it appeared, but for the fresh word of its last rewording.
          const blamed = new Set(paragraph.blame.map((run) => run.revision));
          if (reworded.length === 0) expect(blamed).toEqual(new Set([paragraph.appeared]));
          else expect(blamed).toContain(reworded.at(-1));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('blames every word of the final text on exactly one revision', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 10, max: 40 }), (s, n, clauses) => {
        const { documents } = revisions(s, n, clauses);
        const history = traceHistory(documents.map((document, i) => ({ name: `rev${i}`, document })));
        const finalWords = paragraphUnits(documents.at(-1)!).map((unit) => words(unit.labelledContent()));
        expect(history.paragraphs.map((p) => p.blame.flatMap((run) => words(run.text)))).toEqual(finalWords);
        for (const paragraph of history.paragraphs) for (const run of paragraph.blame) expect(run.revision).toBeGreaterThanOrEqual(paragraph.appeared);
        expect(history.wordsByRevision.reduce((a, b) => a + b, 0)).toBe(finalWords.flat().length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('traceHistory on random revisions (rewordings, insertions, deletions, moves of a fifth of the clauses)', () => {
  it('blames every word once and lists every paragraph of the last revision', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 2, max: 6 }), fc.integer({ min: 10, max: 40 }), (s, n, clauses) => {
        const random = new Random(s);
        const documents = [resolution(s, clauses)];
        for (let r = 1; r < n; r++) documents.push(reviseResolution(random, documents.at(-1)!, 0.1));
        let history;
        try {
          history = traceHistory(documents.map((document, i) => ({ name: `rev${i}`, document })));
        } catch (error) {
          // A revision rewritten past recognition is refused as not a version of the one before.
          expect(error).toBeInstanceOf(NegotiationRefusal);
          return;
        }
        const finalWords = paragraphUnits(documents.at(-1)!).map((unit) => words(unit.labelledContent()));
        expect(history.paragraphs.map((p) => p.blame.flatMap((run) => words(run.text)))).toEqual(finalWords);
      }),
      { numRuns: 40 },
    );
  });
});
