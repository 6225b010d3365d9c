import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { sideText } from '../../src/diff/redline.js';
import type { Redline } from '../../src/diff/types.js';
import { loadDocument } from '../../src/load/load-document.js';
import type { LanguageCode, ResolutionDocument } from '../../src/model/document.js';
import { renumber } from './generate.js';

/** The same edits, in each language: the words as they stand and as the edit makes them. */
const EDITS: Record<'zh' | 'ru' | 'ar', { decides: [string, string]; callsUpon: string; number: [string, string]; inserted: string }> = {
  zh: { decides: ['决定所有会员国应防止', '吁请所有会员国防止'], callsUpon: '吁请', number: ['九十天', '六十天'], inserted: '谴责朝鲜民主主义人民共和国进行的核试验；' },
  ru: {
    decides: ['постановляет, что все государства-члены предотвращают', 'призывает все государства-члены предотвращать'],
    callsUpon: 'призывает',
    number: ['девяноста', 'шестидесяти'],
    inserted: 'осуждает проведенное ядерное испытание;',
  },
  ar: { decides: ['يقرر أن تمنع جميع الدول الأعضاء', 'يهيب بجميع الدول الأعضاء أن تمنع'], callsUpon: 'يهيب', number: ['تسعين', 'ستين'], inserted: 'يدين التجربة النووية التي أجريت؛' },
};

async function fixture(language: string): Promise<ResolutionDocument> {
  const result = await loadDocument(`test/diff/fixtures/${language}-draft.yaml`);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.loaded.document;
}

function edited(document: ResolutionDocument, edit: (copy: ResolutionDocument) => void): ResolutionDocument {
  const copy = structuredClone(document);
  edit(copy);
  return renumber(copy);
}

/**
 * Whether every change in a redline starts and ends on a word boundary, as the language's own
 * word segmentation (Intl.Segmenter) finds them in the text on that side.
 */
function wholeWords(redline: Redline, language: LanguageCode): boolean {
  const boundaries = (text: string) => new Set([...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)].map((s) => s.index).concat(text.length));
  const sides = { old: boundaries(sideText(redline, 'old')), new: boundaries(sideText(redline, 'new')) };
  const at = { old: 0, new: 0 };
  for (const segment of redline.segments) {
    const side = segment.kind === 'delete' ? 'old' : 'new';
    if (segment.kind !== 'equal') {
      const start = at[side] + (segment.text.length - segment.text.trimStart().length);
      const end = at[side] + segment.text.trimEnd().length;
      if (!sides[side].has(start) || !sides[side].has(end)) return false;
    }
    if (segment.kind !== 'insert') at.old += segment.text.length;
    if (segment.kind !== 'delete') at.new += segment.text.length;
  }
  return true;
}

describe.each(['zh', 'ru', 'ar'] as const)('diff in %s', (language) => {
  const words = EDITS[language];

  it('flags Decides → Calls upon as a weakening, with a whole-word redline', async () => {
    const old = await fixture(language);
    const updated = edited(old, (d) => (d.operative[0]!.text = d.operative[0]!.text!.replace(words.decides[0], words.decides[1])));
    const diff = diffResolutions(old, updated);
    expect(diff.clauses.filter((c) => c.kind !== 'unchanged').map((c) => [c.kind, c.anchor])).toEqual([['reworded', 'op_1']]);
    expect(diff.force).toMatchObject([{ kind: 'opening-verb', anchor: 'op_1', from: { verb: 'decides', force: 'binding' }, to: { verb: 'calls upon', force: 'non-binding', text: words.callsUpon }, direction: 'weakened' }]);
    expect(wholeWords(diff.clauses.find((c) => c.anchor === 'op_1')!.redline!, language)).toBe(true);
  });

  it('shows a changed number as one whole word replaced', async () => {
    const old = await fixture(language);
    const updated = edited(old, (d) => (d.operative[2]!.text = d.operative[2]!.text!.replace(words.number[0], words.number[1])));
    const changed = diffResolutions(old, updated).clauses.filter((c) => c.kind !== 'unchanged');
    expect(changed.map((c) => c.kind)).toEqual(['reworded']);
    const redline = changed[0]!.redline!;
    expect(wholeWords(redline, language)).toBe(true);
    expect(redline.segments.filter((s) => s.kind !== 'equal').map((s) => s.text.trim()).join(' ')).not.toBe('');
  });

  it('shows a paragraph inserted at the top as added, the others renumbered', async () => {
    const old = await fixture(language);
    const updated = edited(old, (d) => d.operative.unshift({ id: 'op_new', number: 0, text: words.inserted }));
    const diff = diffResolutions(old, updated);
    expect(diff.clauses.filter((c) => c.kind !== 'unchanged').map((c) => c.kind)).toEqual(['added', ...old.operative.map(() => 'renumbered')]);
  });

  it('notices "Acting under Chapter VII" vanishing', async () => {
    const old = await fixture(language);
    const updated = edited(old, (d) => d.preamble.splice(2, 1));
    expect(diffResolutions(old, updated).force).toEqual([{ kind: 'chapter-vii', from: true, to: false, direction: 'weakened', anchor: 'removed-pp_3' }]);
  });

  it('ignores line wraps and spaces (in Chinese, even inside a word)', async () => {
    const old = await fixture(language);
    // Chinese wraps anywhere between characters; the other languages wrap between words.
    const wrap = (text: string) => (language === 'zh' ? text.replace(/(.{7})/gu, '$1\n  ') : text.replace(/ /g, (_, at: number) => (at % 3 === 0 ? '\n      ' : '  ')));
    const updated = edited(old, (d) => {
      for (const paragraph of [...d.preamble, ...d.operative]) paragraph.text = wrap(paragraph.text!);
    });
    expect(diffResolutions(old, updated).identical).toBe(true);
  });
});

describe('the whole-word check', () => {
  it('rejects a character-level redline, as jsdiff’s own tokenizers give for Chinese', async () => {
    const [before, after] = ['在本决议通过后九十天内', '在本决议通过后六十天内'];
    const characters: Redline = { segments: diffChars(before, after).map((c) => ({ kind: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value })), fallback: false };
    expect(wholeWords(characters, 'zh')).toBe(false);
  });
});
