import { parseCitations } from '../text/parse-citations.js';

/** A number or label in a citation, by its offsets in the text. */
export interface CitedToken {
  start: number;
  end: number;
  value: string;
}

/**
 * "8 (a) (iii)": a paragraph number and the labels after it. In "subparagraph (a) above" the
 * number is not written: it is the paragraph the text belongs to (`number` is absent).
 */
export interface CitedPath {
  paragraph: number;
  number?: CitedToken;
  labels: CitedToken[];
}

export type CitedGroup = { kind: 'single'; path: CitedPath } | { kind: 'range'; from: CitedToken; to: CitedToken };

/** A citation of paragraphs of the present document: "paragraphs 5 to 9 above". */
export interface InternalCitation {
  start: number;
  end: number;
  /** The citation as written. */
  text: string;
  /** The paragraphs cited, normalised as in `references`: "3", "6-9", "8(a)(iii)". */
  entries: string[];
  /**
   * In order of writing: "3, 4 and 6 to 9" is 3, 4 and the range 6–9. Absent when the numbers
   * could not be matched to the wording, so that the citation cannot be renumbered in place.
   */
  groups?: CitedGroup[];
  /** "above" or "below" as written; absent for "of the present resolution" or a bare citation. */
  direction?: 'above' | 'below';
}

/** "paragraph 4 of the Agreement", "of the annex": a paragraph of some other text. */
const OF_ANOTHER_TEXT = /^\s+of\b/;
const TOKEN = /\d+|\(\s*([a-z]+)\s*\)/g;

/** The groups of a citation, with the offsets of every number and label, from its normalised entries. */
function locateGroups(text: string, start: number, entries: readonly string[], paragraph: number | undefined): CitedGroup[] | undefined {
  const span = text.slice(start);
  const tokens = [...span.matchAll(TOKEN)].map((m) => {
    const value = m[1] ?? m[0];
    const offset = start + m.index + (m[1] === undefined ? 0 : m[0].indexOf(value));
    return { start: offset, end: offset + value.length, value, label: m[1] !== undefined };
  });
  const implicit = /^sub/i.test(span);
  const groups: CitedGroup[] = [];
  let k = 0;
  const take = (label: boolean) => (tokens[k]?.label === label ? tokens[k++] : undefined);
  for (const entry of entries) {
    const range = /^(\d+)-(\d+)$/.exec(entry);
    if (range) {
      const from = take(false);
      const to = take(false);
      if (!from || !to || from.value !== range[1] || to.value !== range[2]) return undefined;
      groups.push({ kind: 'range', from, to });
      continue;
    }
    const number = implicit ? undefined : take(false);
    const labels: CitedToken[] = [];
    for (let label = take(true); label; label = take(true)) labels.push(label);
    const value = Number(number?.value ?? paragraph);
    if (Number.isNaN(value) || entry !== `${value}${labels.map((l) => `(${l.value})`).join('')}`) return undefined;
    groups.push({ kind: 'single', path: number ? { paragraph: value, number, labels } : { paragraph: value, labels } });
  }
  return k === tokens.length ? groups : undefined;
}

/**
 * The citations in a clause's text that point into the same document ("paragraph 2 above",
 * "paragraphs 5 to 14 below", "paragraph 10", "subparagraph (a) above", "paragraphs 5 to 9 of
 * the present resolution"), as `parseCitations` reads them, with the place of every number and
 * label so that each can be renumbered where it stands. `paragraph` is the operative paragraph
 * the text belongs to.
 */
export function findInternalCitations(text: string, paragraph?: number): InternalCitation[] {
  const found: InternalCitation[] = [];
  for (const citation of parseCitations(text, paragraph === undefined ? {} : { paragraph })) {
    const { reference, start, end } = citation;
    if (reference.resolution !== undefined || reference.resolutions !== undefined || !reference.paragraphs) continue;
    if (OF_ANOTHER_TEXT.test(text.slice(end))) continue;
    const written = text.slice(start, end);
    const internal: InternalCitation = { start, end, text: written, entries: reference.paragraphs };
    const groups = locateGroups(text.slice(0, end), start, reference.paragraphs, paragraph);
    if (groups) internal.groups = groups;
    const direction = /\b(above|below)$/.exec(written)?.[1];
    if (direction === 'above' || direction === 'below') internal.direction = direction;
    found.push(internal);
  }
  return found;
}
