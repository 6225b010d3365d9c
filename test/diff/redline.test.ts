import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasEdits, redline, sideText } from '../../src/diff/redline.js';
import { tokenize } from '../../src/diff/tokenize.js';
import type { RedlineSegment } from '../../src/diff/types.js';

const changes = (segments: RedlineSegment[]) => segments.filter((s) => s.kind !== 'equal').map((s) => [s.kind, s.text.trim()]);
const keys = (text: string) => tokenize(text, 'en').map((t) => t.key);

/** Text made of words, punctuation and every kind of whitespace, as resolution files hold. */
const wording = fc
  .array(fc.oneof(fc.constantFrom('Decides', 'that', 'all', 'States', 'shall', 'prevent', 'Secretary-General', 'Council’s', '841', '(1993)', 'matériel'), fc.constantFrom(',', ';', ':', '.', '(', ')', '—')), { maxLength: 30 })
  .chain((words) => fc.tuple(...words.map(() => fc.constantFrom(' ', ' ', '', '\n', '  ', '\t', '\n    '))).map((spaces) => words.map((word, i) => `${spaces[i]}${word}`).join('')));

describe('redline', () => {
  it('marks the changed words only', () => {
    const lines = redline('Decides that all States shall prevent the sale', 'Calls upon all States to prevent the sale', 'en');
    expect(changes(lines.segments)).toEqual([
      ['delete', 'Decides that'],
      ['insert', 'Calls upon'],
      ['delete', 'shall'],
      ['insert', 'to'],
    ]);
    expect(lines.fallback).toBe(false);
  });

  it('treats a changed comma as a change, on its own', () => {
    const lines = redline('prevent the sale, supply or transfer', 'prevent the sale supply or transfer', 'en');
    expect(changes(lines.segments)).toEqual([['delete', ',']]);
  });

  it('does not treat whitespace or line wrapping as a change', () => {
    const lines = redline('Decides that all States\nshall  prevent', '  Decides that all\n      States shall prevent\n', 'en');
    expect(hasEdits(lines)).toBe(false);
    expect(sideText(lines, 'new')).toBe('  Decides that all\n      States shall prevent\n');
  });

  it('keeps a deleted word apart from its neighbours, wherever it stood', () => {
    for (const [before, after, shown] of [
      ['one two three', 'one three', 'one [two ]three'],
      ['one two three', 'two three', '[one ]two three'],
      ['one two three', 'one two', 'one two[ three]'],
      ['one two ,', 'one,', 'one[ two ],'],
    ] as const) {
      const text = redline(before, after, 'en').segments.map((s) => (s.kind === 'delete' ? `[${s.text}]` : s.text)).join('');
      expect(text).toBe(shown);
    }
  });

  it('keeps two words apart on the old side when the new side joins them with an inserted mark', () => {
    // Found by the property below: "Council’s shall" → "Council’s—shall" once read back as "Council’sshall".
    const lines = redline(' Council’s shall', ' ) (1993) States ; Council’s—shall', 'en');
    expect(keys(sideText(lines, 'old'))).toEqual(['Council’s', 'shall']);
    expect(sideText(lines, 'new')).toBe(' ) (1993) States ; Council’s—shall');
  });

  it('gives the new text exactly, and the old text word for word, for any wording', () => {
    fc.assert(
      fc.property(wording, wording, (before, after) => {
        const lines = redline(before, after, 'en');
        expect(sideText(lines, 'new')).toBe(after);
        expect(keys(sideText(lines, 'old'))).toEqual(keys(before));
        expect(hasEdits(lines)).toBe(keys(before).join(' ') !== keys(after).join(' '));
      }),
    );
  });

  it('gives the new text exactly for arbitrary Unicode text in every language', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('en', 'fr', 'es', 'ru', 'ar', 'zh' as const), (before, after, language) => {
        expect(sideText(redline(before, after, language), 'new')).toBe(after);
      }),
    );
  });

  it('falls back to replacing the whole clause when the work budget is exceeded', () => {
    const before = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const after = Array.from({ length: 400 }, (_, i) => `v${i}`).join(' ');
    const lines = redline(before, after, 'en', { maxWork: 1000 });
    expect(lines.fallback).toBe(true);
    expect(lines.segments).toEqual([
      { kind: 'delete', text: before },
      { kind: 'insert', text: after },
    ]);
  });

  it('stays bounded on a pathological pair of long clauses', () => {
    // 200,000 tokens on each side with nothing in common: a full Myers diff would explore 10^10 steps.
    const before = 'a '.repeat(200_000);
    const after = 'b '.repeat(200_000);
    const lines = redline(before, after, 'en');
    expect(lines.fallback).toBe(true);
    expect(sideText(lines, 'new')).toBe(after);
  });
});
