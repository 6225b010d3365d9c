import type { OperativeParagraph, ResolutionDocument, Subparagraph } from './document.js';
import type { DataPath } from './location.js';

export type { DataPath };

/**
 * A paragraph path: operative number, then subparagraph labels as printed. "8(a)(iii)" is
 * `{ paragraph: 8, labels: ['a', 'iii'] }`; "3(1)" and "4(A)" name subparagraphs printed "(1)" and
 * "(A)".
 */
export interface ParagraphPath {
  paragraph: number;
  labels: string[];
}

/** A subparagraph label as printed: lower-case letters or roman numerals, capitals, or digits (the schema's subparagraph `number`). */
const LABEL = '[a-z]+|[A-Z]+|[0-9]+';
const PATH = new RegExp(`^\\s*([0-9]+)\\s*((?:\\(\\s*(?:${LABEL})\\s*\\)\\s*)*)$`);
const LABELS = new RegExp(`\\(\\s*(${LABEL})\\s*\\)`, 'g');

export function parseParagraphPath(text: string): ParagraphPath | undefined {
  const match = PATH.exec(text);
  if (!match) return undefined;
  const labels = [...match[2]!.matchAll(LABELS)].map((m) => m[1]!);
  return { paragraph: Number(match[1]), labels };
}

export function formatParagraphPath(path: ParagraphPath): string {
  return `${path.paragraph}${path.labels.map((l) => `(${l})`).join('')}`;
}

/**
 * The most paragraphs a range may cover. No resolution has near as many, and every paragraph a
 * range names is work for each check and edit: "1-999999999" must not cost a billion of them.
 */
export const MAX_RANGE_PARAGRAPHS = 1000;

/** Why the range `from`–`to` is refused, when it covers more than `MAX_RANGE_PARAGRAPHS`. */
export function rangeTooLong(from: number, to: number): string | undefined {
  const count = to - from + 1;
  if (count <= MAX_RANGE_PARAGRAPHS) return undefined;
  return `the range ${from} to ${to} covers ${count.toLocaleString('en-US')} paragraphs, more than the ${MAX_RANGE_PARAGRAPHS.toLocaleString('en-US')} a range may cover`;
}

/**
 * Expands a reference's paragraph entry: "5-9" gives 5, 6, 7, 8, 9; "8(a)(iii)" gives itself.
 * Returns undefined for an entry that is not a paragraph path or range, and for a range over
 * more than `MAX_RANGE_PARAGRAPHS` (see `entryProblem`).
 */
export function expandParagraphs(entry: string): ParagraphPath[] | undefined {
  const [from, to, ...rest] = entry.split('-');
  if (rest.length > 0 || from === undefined) return undefined;
  const start = parseParagraphPath(from);
  if (!start) return undefined;
  if (to === undefined) return [start];
  const end = parseParagraphPath(to);
  if (!end || start.labels.length > 0 || end.labels.length > 0 || end.paragraph < start.paragraph) return undefined;
  if (rangeTooLong(start.paragraph, end.paragraph)) return undefined;
  return Array.from({ length: end.paragraph - start.paragraph + 1 }, (_, i) => ({ paragraph: start.paragraph + i, labels: [] }));
}

/** What is wrong with a paragraph entry `expandParagraphs` refuses, as a diagnostic's code, message and hint. */
export function entryProblem(entry: string): { code: string; message: string; hint: string } {
  const range = /^\s*([0-9]+)\s*-\s*([0-9]+)\s*$/.exec(entry);
  const tooLong = range ? rangeTooLong(Number(range[1]), Number(range[2])) : undefined;
  if (tooLong) return { code: 'range-too-long', message: `"${entry}": ${tooLong}`, hint: 'name the paragraphs the reference means (a resolution has far fewer), or cite the whole resolution' };
  return { code: 'invalid-format', message: `"${entry}" is not a paragraph or range`, hint: 'write "5", "5-9" or "8(a)(iii)"' };
}

/** The id a clause at this path gets by convention: op_8__a__iii (ids are lower case: "(A)" gives op_4__a). */
export function conventionalId(path: ParagraphPath): string {
  return ['op_' + path.paragraph, ...path.labels.map((label) => label.toLowerCase())].join('__');
}

/** The clause a path designates in a document, if it is there. */
export function findByPath(document: ResolutionDocument, path: ParagraphPath): OperativeParagraph | Subparagraph | undefined {
  let clause: OperativeParagraph | Subparagraph | undefined = document.operative.find((p) => p.number === path.paragraph);
  for (const label of path.labels) {
    clause = clause?.subparagraphs?.find((s) => s.number === label);
  }
  return clause;
}


export interface WalkedClause {
  clause: OperativeParagraph | Subparagraph;
  /** Paragraph path, where the clause and all its parents are numbered. */
  path?: ParagraphPath;
  /** 0 for an operative paragraph, 1 for (a), 2 for (i) … */
  depth: number;
  /** Where the clause sits in the document data: ['operative', 3, 'subparagraphs', 0]. */
  at: DataPath;
}

/**
 * Every operative paragraph and subparagraph, depth first, in document order. An array, built
 * by plain recursion: validation walks every document several times, and nested generators
 * (one `yield*` per level) cost it a tenth of its time.
 */
export function walkOperative(document: ResolutionDocument): WalkedClause[] {
  const walked: WalkedClause[] = [];
  const walk = (subs: Subparagraph[] | undefined, parent: ParagraphPath | undefined, depth: number, at: DataPath) => {
    if (!subs) return;
    for (let index = 0; index < subs.length; index++) {
      const sub = subs[index]!;
      const subAt = [...at, 'subparagraphs', index];
      const path = parent && sub.number !== undefined ? { paragraph: parent.paragraph, labels: [...parent.labels, sub.number] } : undefined;
      walked.push(path ? { clause: sub, path, depth, at: subAt } : { clause: sub, depth, at: subAt });
      walk(sub.subparagraphs, path, depth + 1, subAt);
    }
  };
  for (let index = 0; index < document.operative.length; index++) {
    const paragraph = document.operative[index]!;
    const at = ['operative', index];
    const path = paragraph.number !== undefined ? { paragraph: paragraph.number, labels: [] } : undefined;
    walked.push(path ? { clause: paragraph, path, depth: 0, at } : { clause: paragraph, depth: 0, at });
    walk(paragraph.subparagraphs, path, 1, at);
  }
  return walked;
}

/** Every clause id in the document with where it sits: preamble, operative, annex entries. */
export function* allClauseIds(document: ResolutionDocument): Generator<{ id: string; at: DataPath }> {
  for (const [index, paragraph] of document.preamble.entries()) yield { id: paragraph.id, at: ['preamble', index] };
  for (const { clause, at } of walkOperative(document)) yield { id: clause.id, at };
  for (const [a, annex] of (document.annexes ?? []).entries()) {
    yield { id: annex.id, at: ['annexes', a] };
    const stack: Array<{ items: NonNullable<typeof annex.items>; at: DataPath }> = [{ items: annex.items, at: ['annexes', a, 'items'] }];
    while (stack.length > 0) {
      const { items, at } = stack.shift()!;
      for (const [i, item] of items.entries()) {
        yield { id: item.id, at: [...at, i] };
        if (item.items) stack.push({ items: item.items, at: [...at, i, 'items'] });
      }
    }
  }
}

/** What a reference's paragraphs and clause ids designate in one document, and what they miss. */
export interface ResolvedTargets {
  /** Ids of the clauses found, in the order the reference names them. */
  ids: string[];
  /** Entries that are not a paragraph, range or subparagraph path ("5-9", "8(a)(iii)"). */
  malformed: string[];
  /** What the reference names that the document lacks: "paragraph 9", "clause `op_x`". */
  missing: string[];
}

/** Resolves the `paragraphs` and `clauses` of a reference in the document it points into. */
export function resolveTargets(document: ResolutionDocument, reference: { paragraphs?: string[]; clauses?: string[] }): ResolvedTargets {
  const resolved: ResolvedTargets = { ids: [], malformed: [], missing: [] };
  for (const entry of reference.paragraphs ?? []) {
    const paths = expandParagraphs(entry);
    if (!paths) {
      resolved.malformed.push(entry);
      continue;
    }
    for (const path of paths) {
      const clause = findByPath(document, path);
      if (clause) resolved.ids.push(clause.id);
      else resolved.missing.push(`paragraph ${formatParagraphPath(path)}`);
    }
  }
  if (reference.clauses?.length) {
    const ids = new Set([...allClauseIds(document)].map((c) => c.id));
    for (const id of reference.clauses) {
      if (ids.has(id)) resolved.ids.push(id);
      else resolved.missing.push(`clause \`${id}\``);
    }
  }
  return resolved;
}
