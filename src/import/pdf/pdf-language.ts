import type { LanguageCode } from '../../model/document.js';

/** Common words that tell English, French and Spanish apart in a resolution's running text. */
const FUNCTION_WORDS: ReadonlyArray<[LanguageCode, RegExp]> = [
  ['en', /\b(?:the|of|and|to|that|its|with|by)\b/g],
  ['fr', /\b(?:le|la|les|des|du|et|que|sur|dans|aux)\b/g],
  ['es', /\b(?:el|los|las|del|y|que|con|sobre|por)\b/g],
];

const OFFICIAL = new Set<string>(['ar', 'zh', 'en', 'fr', 'ru', 'es']);

/**
 * The language of a PDF's text: from its script (Cyrillic: Russian, Arabic, Chinese), else from
 * its most frequent function words, else the language the PDF declares (its /Lang). `how` says
 * which, for the reader's report.
 */
export function pdfLanguage(text: string, declared: string | undefined): { language: LanguageCode; how: string } {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const share = (pattern: RegExp) => (letters === 0 ? 0 : (text.match(pattern)?.length ?? 0) / letters);
  if (share(/\p{Script=Cyrillic}/gu) > 0.5) return { language: 'ru', how: 'its letters are Cyrillic' };
  if (share(/\p{Script=Arabic}/gu) > 0.5) return { language: 'ar', how: 'its letters are Arabic' };
  if (share(/\p{Script=Han}/gu) > 0.3) return { language: 'zh', how: 'its characters are Chinese' };
  const lower = text.toLowerCase();
  const counts = FUNCTION_WORDS.map(([language, words]) => ({ language, count: lower.match(words)?.length ?? 0 })).sort((a, b) => b.count - a.count);
  const [best, next] = counts;
  if (best && best.count >= 5 && best.count > 1.5 * (next?.count ?? 0)) return { language: best.language, how: `its most frequent words are ${best.language === 'en' ? 'English' : best.language === 'fr' ? 'French' : 'Spanish'}` };
  const lang = declared?.slice(0, 2).toLowerCase();
  if (lang && OFFICIAL.has(lang)) return { language: lang as LanguageCode, how: `the PDF declares it (/Lang ${declared})` };
  return { language: 'en', how: 'nothing in the PDF says otherwise' };
}
