import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { hasEdits, redline, sideText } from '../../src/diff/redline.js';
import type { RedlineSegment } from '../../src/diff/types.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { Random, resolution } from './generate.js';

const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** The same text as typed another way: decomposed accents (NFD) and invisible characters between and inside words. */
function typedOtherwise(random: Random, text: string): string {
  return [...text.normalize('NFD')].map((char) => (random.chance(0.05) ? `${char}${random.pick(INVISIBLES)}` : char)).join('');
}

function retyped(random: Random, document: ResolutionDocument): ResolutionDocument {
  const copy = structuredClone(document);
  const walk = (clauses: Array<{ text?: string; subparagraphs?: unknown[] }>) => {
    for (const clause of clauses) {
      if (clause.text !== undefined) clause.text = typedOtherwise(random, clause.text);
      walk((clause.subparagraphs ?? []) as Array<{ text?: string }>);
    }
  };
  walk(copy.preamble);
  walk(copy.operative);
  return copy;
}

const changes = (segments: RedlineSegment[]) => segments.filter((s) => s.kind !== 'equal').map((s) => [s.kind, s.text.trim()]);

describe('text that reads the same is the same', () => {
  it('finds no change between NFC and NFD accents', () => {
    const composed = 'Décide que les États Membres prendront les mesures nécessaires pour empêcher la fourniture de matériel';
    const lines = redline(composed, composed.normalize('NFD'), 'fr');
    expect(hasEdits(lines)).toBe(false);
    expect(sideText(lines, 'new')).toBe(composed.normalize('NFD'));
  });

  it('finds no change for a zero-width space, joiner, word joiner or byte-order mark, between words or inside one', () => {
    for (const invisible of INVISIBLES) {
      const text = 'Decides that all States shall prevent the sale';
      for (const typed of [`Decides that all${invisible} States shall prevent the sale`, `Decides that all Sta${invisible}tes shall prevent the sale`, `${invisible}Decides that all States shall prevent the sale`]) {
        const lines = redline(text, typed, 'en');
        expect(hasEdits(lines), JSON.stringify(typed)).toBe(false);
        expect(sideText(lines, 'new')).toBe(typed);
      }
    }
  });

  it('shows a real change next to an invisible one as that change only, with the text as written', () => {
    const typed = 'Décide que tous les É\u0301tats\u200B membres doivent empêcher'.replace('É\u0301', 'E\u0301');
    const lines = redline('Décide que tous les États membres prendront', typed, 'fr');
    expect(changes(lines.segments)).toEqual([
      ['delete', 'prendront'],
      ['insert', 'doivent empêcher'],
    ]);
    expect(sideText(lines, 'new')).toBe(typed);
  });

  it('finds no change in Chinese with invisible characters inside words', () => {
    const text = '安全理事会决定所有会员国应防止向该国出售武器';
    expect(hasEdits(redline(text, '安全\u200B理事会决定所有会员国\u2060应防止向该国出售武器', 'zh'))).toBe(false);
  });

  it('finds a whole document retyped in NFD with invisible characters identical to the original', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0x7fffffff }), (seed) => {
        const document = resolution(seed, 30);
        const diff = diffResolutions(document, retyped(new Random(seed + 1), document));
        expect(diff.identical).toBe(true);
        expect(diff.clauses.every((change) => change.kind === 'unchanged')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
