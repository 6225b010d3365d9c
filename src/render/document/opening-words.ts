import type { LanguageCode } from '../../model/document.js';
import { openingVerb } from '../../diff/opening-verb.js';

/** Words that may stand before a preambular participle: "Also recalling", "Deeply concerned". */
const ADVERB = /^(?:also|further|again|once|[a-z]+ly)$/i;
/** Participles that take the words after them along: "Taking note", "Bearing in mind". */
const PHRASE = /^(?:Taking\s+(?:note|into\s+account)|Bearing\s+in\s+mind)\b/;

/**
 * How many characters of a paragraph's opening words a printed resolution sets in italics: a
 * preambular paragraph's participle ("Recalling", "Having also considered", "Deeply concerned")
 * or an operative paragraph's verb ("Decides", "Further requests", "Calls upon"). 0 where the
 * paragraph does not open in the usual way.
 */
export function openingWords(text: string, kind: 'preamble' | 'operative', language: LanguageCode): number {
  if (kind === 'operative') {
    const verb = openingVerb(text, language);
    return verb && text.startsWith(verb.text) ? verb.text.length : 0;
  }
  if (language !== 'en') return 0;
  const phrase = PHRASE.exec(text);
  if (phrase) return phrase[0].length;
  // The leading words joined by spaces only: "Acting, therefore, under" gives just "Acting".
  const words: RegExpMatchArray[] = [];
  for (const word of text.matchAll(/[\p{L}-]+/gu)) {
    const gap = text.slice(words.length === 0 ? 0 : words.at(-1)!.index! + words.at(-1)![0].length, word.index);
    if (words.length === 5 || (words.length > 0 ? !/^\s+$/.test(gap) : gap !== '')) break;
    words.push(word);
  }
  let head = 0;
  while (head < words.length - 1 && ADVERB.test(words[head]![0])) head++;
  // "Having received", "Having also heard": the auxiliary and its participle go together.
  if (words[head]?.[0] === 'Having') {
    let participle = head + 1;
    while (participle < words.length - 1 && ADVERB.test(words[participle]![0])) participle++;
    if (participle < words.length) head = participle;
  }
  const last = words[head];
  return last ? last.index! + last[0].length : 0;
}
