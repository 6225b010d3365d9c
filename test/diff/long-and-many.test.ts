import { describe, expect, it } from 'vitest';
import { reviseResolution } from '../../bench/generate.js';
import { deletesWord, insertsAfter, longClause, reviseLongClause } from '../../bench/long-clause.js';
import { movedById } from '../../bench/moved-by-id.js';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { redline, sideText } from '../../src/diff/redline.js';
import { tokenize } from '../../src/diff/tokenize.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { Random, resolution } from './generate.js';

const keys = (text: string) => tokenize(text, 'en').map((t) => t.key);

/** A 5,000-clause resolution, or one in which every paragraph has the same wording. */
function large(alike: boolean): ResolutionDocument {
  const document = resolution(5000, 5000);
  if (!alike) return document;
  for (const paragraph of document.preamble) paragraph.text = 'Recalling its previous resolutions,';
  for (const paragraph of document.operative) {
    paragraph.text = 'Decides to remain seized of the matter;';
    delete paragraph.subparagraphs;
  }
  return document;
}

describe('a long clause', () => {
  it('gets a word redline, not a replacement, whose kept and deleted words rebuild the old text and kept and inserted words the new', () => {
    const before = longClause(1);
    const words = before.split(' ');
    const after = reviseLongClause(before);
    // The wall-clock limit is a safety net for slow machines, not what this test is about (the bench times it): the work budget alone applies.
    const lines = redline(before, after, 'en', { timeoutMs: 60_000 });
    expect(lines.fallback).toBe(false);
    expect(sideText(lines, 'new')).toBe(after);
    expect(keys(sideText(lines, 'old'))).toEqual(keys(before));
    const inserted = lines.segments.filter((s) => s.kind === 'insert').map((s) => s.text.trim());
    expect(inserted.every((text) => text === 'newly')).toBe(true);
    expect(inserted).toHaveLength(words.filter((_, i) => insertsAfter(i)).length);
    const deleted = lines.segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim());
    const longestDeletedWord = Math.max(...words.filter((_, i) => deletesWord(i)).map((word) => keys(word).length));
    expect(Math.max(...deleted.map((text) => keys(text).length))).toBeLessThanOrEqual(longestDeletedWord);
  });
});

describe('a 5,000-clause resolution with 5% of its clauses edited', () => {
  for (const alike of [false, true]) {
    it(`reports as moved exactly the clauses that moved${alike ? ', when every paragraph has the same wording' : ''}`, () => {
      const old = large(alike);
      const revised = reviseResolution(new Random(alike ? 7 : 5), old, 0.05);
      const { summary } = diffResolutions(old, revised);
      const expected = movedById(old, revised);
      expect(expected).toBeGreaterThan(0);
      expect(summary.clauses.moved).toBe(expected);
    });
  }
});
