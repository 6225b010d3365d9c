import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/diff/tokenize.js';

const keys = (text: string, language: Parameters<typeof tokenize>[1]) => tokenize(text, language).map((t) => t.key);

describe('tokenize', () => {
  it('splits English into words and punctuation marks, keeping hyphenated words and apostrophes whole', () => {
    expect(keys('the Secretary-General’s report (S/26063), 841 (1993);', 'en')).toEqual(['the', 'Secretary-General’s', 'report', '(', 'S', '/', '26063', ')', ',', '841', '(', '1993', ')', ';']);
    expect(keys("l'Organisation des Nations Unies", 'fr')).toEqual(["l'Organisation", 'des', 'Nations', 'Unies']);
  });

  it('locates every token in the text it came from', () => {
    for (const [text, language] of [
      ['Decides that all States shall:\n  prevent', 'en'],
      ['安全理事会，\n决定 所有会员国', 'zh'],
      ['постановляет, что все государства', 'ru'],
      ['يقرر أن تمنع جميع الدول،', 'ar'],
    ] as const) {
      for (const token of tokenize(text, language)) expect(text.slice(token.start, token.end).replace(/\s/g, '')).toBe(token.key);
    }
  });

  it('segments Chinese into words, whatever line wraps fall inside them', () => {
    const words = keys('安全理事会决定所有会员国应冻结资金', 'zh');
    expect(words.length).toBeLessThan('安全理事会决定所有会员国应冻结资金'.length);
    expect(words).toContain('决定');
    expect(keys('安全理\n事会决定所有会员国应 冻结资金', 'zh')).toEqual(words);
  });

  it('keeps Russian and Arabic words whole and their punctuation apart', () => {
    expect(keys('постановляет, что все государства-члены', 'ru')).toEqual(['постановляет', ',', 'что', 'все', 'государства', '-', 'члены']);
    expect(keys('يقرر أن تمنع جميع الدول الأعضاء؛', 'ar')).toEqual(['يقرر', 'أن', 'تمنع', 'جميع', 'الدول', 'الأعضاء', '؛']);
  });

  it('tells words from punctuation', () => {
    expect(tokenize('Decides, 841;', 'en').map((t) => t.word)).toEqual([true, false, true, false]);
    expect(tokenize('决定，所有', 'zh').map((t) => t.word)).toEqual([true, false, true]);
  });
});
