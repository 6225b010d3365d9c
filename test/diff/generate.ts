/**
 * Seeded edits of generated resolutions for the diff's property tests. The documents come from
 * the bench's generator (bench/generate.ts), so tests and benchmark exercise the same kind of
 * text; each edit here is one a drafter makes, with a known expected diff.
 */
import { generateResolution, renumber } from '../../bench/generate.js';
import { Random } from '../../bench/random.js';
import { operativeText, preambularText } from '../../bench/wording.js';
import type { OperativeParagraph, ResolutionDocument, Subparagraph } from '../../src/model/document.js';

export { Random, renumber };

/** A generated resolution of about `clauses` clauses (paragraphs and subparagraphs). */
export function resolution(seed: number, clauses: number): ResolutionDocument {
  return generateResolution(new Random(seed), { clauses, number: 3000, year: 2001 });
}

/**
 * Gives every clause the id its position gives it by convention (pp_3, op_5, op_5__a), as a
 * document imported afresh from a new revision would have: ids then say nothing about history.
 */
export function conventionalIds(document: ResolutionDocument): ResolutionDocument {
  const subIds = (subs: Subparagraph[] | undefined, parent: string) => {
    for (const sub of subs ?? []) {
      sub.id = `${parent}__${sub.number}`;
      subIds(sub.subparagraphs, sub.id);
    }
  };
  document.preamble.forEach((paragraph, i) => (paragraph.id = `pp_${i + 1}`));
  for (const paragraph of document.operative) {
    paragraph.id = `op_${paragraph.number}`;
    subIds(paragraph.subparagraphs, paragraph.id);
  }
  return document;
}

export type Ids = 'stable' | 'conventional';

function finish(document: ResolutionDocument, ids: Ids): ResolutionDocument {
  renumber(document);
  return ids === 'conventional' ? conventionalIds(document) : document;
}

/** Words a drafter swaps in that the generator never writes, so an edit can never recreate another clause. */
const FRESH_WORDS = ['forthwith', 'henceforth', 'expeditiously', 'scrupulously', 'unreservedly', 'comprehensively'];

/** The clauses that can be reworded by one word and stay recognisably themselves. */
export function rewordable(document: ResolutionDocument): Array<{ part: 'preamble' | 'operative'; index: number }> {
  const long = (text: string | undefined) => (text ?? '').split(' ').length >= 12;
  return [
    ...document.preamble.flatMap((p, index) => (long(p.text) ? [{ part: 'preamble' as const, index }] : [])),
    ...document.operative.flatMap((p, index) => (long(p.text) ? [{ part: 'operative' as const, index }] : [])),
  ];
}

/** One word of a paragraph's own text replaced by a fresh one. */
export function rewordOne(random: Random, document: ResolutionDocument, at: { part: 'preamble' | 'operative'; index: number }): ResolutionDocument {
  const revised = structuredClone(document);
  const paragraph = revised[at.part][at.index]!;
  const words = paragraph.text!.split(' ');
  const place = random.int(1, words.length - 2);
  // A word other than the one there: the same word again (a paragraph reworded twice at one place) would be no rewording.
  const fresh = random.pick(FRESH_WORDS);
  words[place] = fresh === words[place] ? FRESH_WORDS[(FRESH_WORDS.indexOf(fresh) + 1) % FRESH_WORDS.length]! : fresh;
  paragraph.text = words.join(' ');
  return revised;
}

/** `count` new paragraphs (each with a fresh word, so unlike any other) at random places. */
export function insertParagraphs(random: Random, document: ResolutionDocument, count: number, ids: Ids): { revised: ResolutionDocument; inserted: string[] } {
  const revised = structuredClone(document);
  const inserted: string[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `inserted_${n}`;
    const fresh = random.pick(FRESH_WORDS);
    if (random.chance(0.3)) {
      revised.preamble.splice(random.int(0, revised.preamble.length), 0, { id, text: `${fresh} ${preambularText(random)}` });
    } else {
      const paragraph: OperativeParagraph = { id, number: 0, text: `${fresh} ${operativeText(random, false)}` };
      revised.operative.splice(random.int(0, revised.operative.length), 0, paragraph);
    }
    inserted.push(id);
  }
  finish(revised, ids);
  return { revised, inserted: ids === 'stable' ? inserted : [] };
}

/** The operative paragraphs in a new order (and the preamble too, when asked). */
export function shuffle(random: Random, document: ResolutionDocument, ids: Ids, preamble = false): ResolutionDocument {
  const revised = structuredClone(document);
  const permute = <T>(list: T[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  };
  permute(revised.operative);
  if (preamble) permute(revised.preamble);
  return finish(revised, ids);
}

/** The same text with its lines wrapped differently and some spaces doubled: no change at all. */
export function rewrap(random: Random, document: ResolutionDocument): ResolutionDocument {
  const revised = structuredClone(document);
  const wrap = (text: string) => text.split(' ').map((word, i) => (i === 0 ? word : `${random.pick([' ', ' ', '\n', '  ', '\n      '])}${word}`)).join('');
  const visit = (clause: { text?: string; subparagraphs?: Subparagraph[] }) => {
    if (clause.text !== undefined) clause.text = `${random.pick(['', ' ', '\n'])}${wrap(clause.text)}${random.pick(['', '\n'])}`;
    clause.subparagraphs?.forEach(visit);
  };
  revised.preamble.forEach(visit);
  revised.operative.forEach(visit);
  return revised;
}

/** Where a paragraph can be cut in two substantial parts: after a comma, with at least 6 words before and 10 after. */
function cutPoint(text: string): number | undefined {
  const words = (part: string) => part.split(' ').length;
  const cuts = [...text.matchAll(/, /g)].map((match) => match.index).filter((at) => words(text.slice(0, at)) >= 6 && words(text.slice(at + 2)) >= 10);
  return cuts[Math.floor(cuts.length / 2)];
}

/**
 * An operative paragraph without subparagraphs cut in two after a comma, the second part
 * opening as a paragraph of its own. Returns undefined when no paragraph can be cut.
 */
export function splitParagraph(random: Random, document: ResolutionDocument, ids: Ids): { revised: ResolutionDocument; index: number } | undefined {
  const candidates = document.operative.flatMap((p, index) => (!p.subparagraphs && cutPoint(p.text ?? '') !== undefined ? [index] : []));
  if (candidates.length === 0) return undefined;
  const index = random.pick(candidates);
  const revised = structuredClone(document);
  const paragraph = revised.operative[index]!;
  const text = paragraph.text!;
  const at = cutPoint(text)!;
  paragraph.text = `${text.slice(0, at)};`;
  revised.operative.splice(index + 1, 0, { id: `${paragraph.id}_split`, number: 0, text: `Further decides that ${text.slice(at + 2)}` });
  return { revised: finish(revised, ids), index };
}

/** Two adjacent operative paragraphs without subparagraphs joined into one. */
export function mergeParagraphs(random: Random, document: ResolutionDocument, ids: Ids): { revised: ResolutionDocument; index: number } | undefined {
  const candidates = document.operative.flatMap((p, index) => {
    const next = document.operative[index + 1];
    return next && !p.subparagraphs && !next.subparagraphs ? [index] : [];
  });
  if (candidates.length === 0) return undefined;
  const index = random.pick(candidates);
  const revised = structuredClone(document);
  const [first, second] = revised.operative.slice(index, index + 2) as [OperativeParagraph, OperativeParagraph];
  first.text = `${first.text!.replace(/[;.]$/, '')}, and ${second.text}`;
  revised.operative.splice(index + 1, 1);
  return { revised: finish(revised, ids), index };
}

const wordCount = (subparagraphs: readonly Subparagraph[]): number => subparagraphs.reduce((n, sub) => n + (sub.text ?? '').split(' ').length + wordCount(sub.subparagraphs ?? []), 0);

/** Where a list can be cut so that both parts keep subparagraphs and the second has 12 words or more (a piece of substance, as `cutPoint` asks). */
function listCuts(subparagraphs: readonly Subparagraph[]): number[] {
  return Array.from({ length: subparagraphs.length - 1 }, (_, i) => i + 1).filter((at) => wordCount(subparagraphs.slice(at)) >= 12);
}

/**
 * An operative paragraph with subparagraphs cut in two lists: its chapeau with the first
 * subparagraphs, and a new paragraph, "Further decides that all States shall:", with the others
 * (lettered again from (a) when renumbered).
 */
export function splitList(random: Random, document: ResolutionDocument, ids: Ids): { revised: ResolutionDocument; index: number } | undefined {
  const candidates = document.operative.flatMap((p, index) => (listCuts(p.subparagraphs ?? []).length > 0 ? [index] : []));
  if (candidates.length === 0) return undefined;
  const index = random.pick(candidates);
  const revised = structuredClone(document);
  const paragraph = revised.operative[index]!;
  const moved = paragraph.subparagraphs!.splice(random.pick(listCuts(paragraph.subparagraphs!)));
  revised.operative.splice(index + 1, 0, { id: `${paragraph.id}_split`, number: 0, text: 'Further decides that all States shall:', subparagraphs: moved });
  return { revised: finish(revised, ids), index };
}

/** An operative paragraph with subparagraphs and the next one joined: the next one's words (and subparagraphs) become subparagraphs of the first. */
export function mergeIntoList(random: Random, document: ResolutionDocument, ids: Ids): { revised: ResolutionDocument; index: number } | undefined {
  const candidates = document.operative.flatMap((p, index) => (p.subparagraphs && document.operative[index + 1] ? [index] : []));
  if (candidates.length === 0) return undefined;
  const index = random.pick(candidates);
  const revised = structuredClone(document);
  const [list, next] = revised.operative.slice(index, index + 2) as [OperativeParagraph, OperativeParagraph];
  const joined: Subparagraph = { id: `${next.id}_joined`, text: next.text!.replace(/^\S+/, (word) => word.toLowerCase()), ...(next.subparagraphs && { subparagraphs: next.subparagraphs }) };
  list.subparagraphs!.push(joined);
  revised.operative.splice(index + 1, 1);
  return { revised: finish(revised, ids), index };
}
