import { generateResolution } from './generate.js';
import { Random } from './random.js';

/** About `bytes` of resolution wording in one clause, in paragraphs, as a long annex holds. */
export function longClause(seed: number, bytes = 200_000): string {
  const document = generateResolution(new Random(seed), { clauses: 2000, number: 3000, year: 2001 });
  const sentences = [...document.preamble, ...document.operative].map((clause) => clause.text ?? '');
  let text = '';
  for (let i = 0; text.length < bytes; i++) text += sentences[i % sentences.length] + (i % 7 === 6 ? '\n\n' : ' ');
  return text;
}

/** Words of a long clause that its revision (`reviseLongClause`) deletes, and after which it inserts one. */
export const deletesWord = (index: number) => index % 131 === 5;
export const insertsAfter = (index: number) => index % 97 === 13 && !deletesWord(index);

/** A revision of a long clause with a word deleted about every 130 and one inserted about every 100: some 500 edits over 200 KB. */
export function reviseLongClause(text: string): string {
  return text
    .split(' ')
    .flatMap((word, i) => (deletesWord(i) ? [] : insertsAfter(i) ? [word, 'newly'] : [word]))
    .join(' ');
}
