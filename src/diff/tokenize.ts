import { comparisonForm, HAS_INVISIBLE, INVISIBLE_CHARACTERS, isOwnComparisonForm } from './comparison-form.js';
import type { LanguageCode } from '../model/document.js';

/** A word, number or punctuation mark, located in the text it was read from. */
export interface Token {
  /** What is compared: the token's characters in their comparison form (`comparisonForm`: composed, no invisible characters). */
  key: string;
  /** Offsets in the source text: `text.slice(start, end)` is the token as printed. */
  start: number;
  end: number;
  /** A word or number, as opposed to punctuation. */
  word: boolean;
}

/**
 * Languages written without spaces between words (Chinese) or in scripts that a plain regular
 * expression splits badly are segmented with `Intl.Segmenter`, which knows their word
 * boundaries; English, French and Spanish split on letters and digits, which is much faster
 * and keeps "Secretary-General" and "l'Organisation" whole.
 */
const SEGMENTED: ReadonlySet<LanguageCode> = new Set(['zh', 'ru', 'ar']);

/** Invisible characters (see `comparisonForm`) count as part of a word, so that one inside a word does not cut it. */
const WORD_CHARACTER = `\\p{L}\\p{M}\\p{N}${INVISIBLE_CHARACTERS}`;
const LATIN_TOKEN = new RegExp(`[${WORD_CHARACTER}]+(?:['’‐-][${WORD_CHARACTER}]+)*|[^\\s${WORD_CHARACTER}]`, 'gu');
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /^\s+$/u;
/** Han, kana, and the CJK and full-width punctuation that surround them. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

const segmenters = new Map<LanguageCode, Intl.Segmenter>();

function segmenter(language: LanguageCode): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, found);
  }
  return found;
}

function latinTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const plain = isOwnComparisonForm(text);
  for (const match of text.matchAll(LATIN_TOKEN)) {
    const key = plain ? match[0] : comparisonForm(match[0]);
    if (key === '') continue;
    tokens.push({ key, start: match.index, end: match.index + match[0].length, word: WORD_START.test(key) });
  }
  return tokens;
}

/**
 * Chinese has no spaces between words, so whitespace next to a Chinese character is a line wrap
 * or typing noise: it is dropped before segmenting, or the segmenter would cut words at it.
 * Invisible characters are dropped too, wherever they are.
 * Returns the compacted text and, for each of its characters, the offset in the original.
 */
function compactCjk(text: string): { compact: string; origin: number[] } {
  let compact = '';
  const origin: number[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (HAS_INVISIBLE.test(char)) {
      index++;
    } else if (/\s/u.test(char)) {
      let end = index;
      while (end < text.length && /\s/u.test(text[end]!)) end++;
      const before = compact.at(-1);
      const after = text[end];
      const dropped = (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after));
      if (!dropped) {
        for (let i = index; i < end; i++) {
          compact += text[i];
          origin.push(i);
        }
      }
      index = end;
    } else {
      compact += char;
      origin.push(index);
      index++;
    }
  }
  return { compact, origin };
}

function segmentedTokens(text: string, language: LanguageCode): Token[] {
  const { compact, origin } = CJK.test(text) || HAS_INVISIBLE.test(text) ? compactCjk(text) : { compact: text, origin: undefined };
  const tokens: Token[] = [];
  for (const { segment, index, isWordLike } of segmenter(language).segment(compact)) {
    if (WHITESPACE.test(segment)) continue;
    const start = origin ? origin[index]! : index;
    const end = origin ? origin[index + segment.length - 1]! + 1 : index + segment.length;
    const key = comparisonForm(segment);
    if (key === '') continue;
    tokens.push({ key, start, end, word: isWordLike ?? WORD_START.test(key) });
  }
  return tokens;
}

/**
 * Splits a text into word and punctuation tokens for comparison. Whitespace separates tokens
 * but is never a token, so re-wrapping a paragraph changes nothing; every punctuation mark is a
 * token of its own, so a changed comma is a change.
 */
export function tokenize(text: string, language: LanguageCode): Token[] {
  return SEGMENTED.has(language) ? segmentedTokens(text, language) : latinTokens(text);
}
