import type { Diagnostic } from '../load/diagnostic.js';
import type { Reference, ResolutionDocument } from '../model/document.js';
import { conventionalId, formatParagraphPath, parseParagraphPath, rangeTooLong, walkOperative, type DataPath, type ParagraphPath } from '../model/paragraph-path.js';
import { joinNames } from '../text/join-names.js';
import { numberingRestartsInParts } from '../model/part-numbering.js';
import { applyReplacements, type EditOperation, type TextReplacement } from './edit-plan.js';
import { findInternalCitations, type CitedGroup, type CitedToken, type InternalCitation } from './internal-citations.js';

/** A finding located by data path (and offset in the text value), placed in a file later. */
export interface PendingDiagnostic {
  path: DataPath;
  offset?: number;
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  hint: string;
}

export interface Retargeting {
  operations: EditOperation[];
  diagnostics: PendingDiagnostic[];
  /** Each change in plain words. */
  changes: string[];
}

type Mapped = { ok: true; path: ParagraphPath } | { ok: false; reason: string };

/** Finds, through ids, where each paragraph number of the document as it stood has gone. */
class NumberMap {
  private readonly before = new Map<string, string[]>();
  private readonly after = new Map<string, ParagraphPath | undefined>();
  /** The document numbers its parts A, B, C … from 1 each: a number may be that of a paragraph in every part. */
  private readonly perPart: boolean;
  /** The highest operative number of the document as it stood (0 where none has one). */
  readonly highest: number;

  constructor(
    before: ResolutionDocument,
    after: ResolutionDocument,
    private readonly isNew: (id: string) => boolean,
  ) {
    this.perPart = numberingRestartsInParts(before);
    let highest = 0;
    for (const { clause, path } of walkOperative(before)) {
      if (!path) continue;
      const key = formatParagraphPath(path);
      this.before.set(key, [...(this.before.get(key) ?? []), clause.id]);
      highest = Math.max(highest, path.paragraph);
    }
    this.highest = highest;
    for (const { clause, path } of walkOperative(after)) this.after.set(clause.id, path);
  }

  map(path: ParagraphPath): Mapped {
    const name = `paragraph ${formatParagraphPath(path)}`;
    const ids = this.before.get(formatParagraphPath(path)) ?? [];
    // Two clauses share a number after a hand insertion: the one already there was meant.
    const established = ids.filter((id) => !this.isNew(id));
    const id = ids.length === 1 ? ids[0] : (ids.find((i) => i === conventionalId(path)) ?? (established.length === 1 ? established[0] : undefined));
    if (ids.length === 0) return { ok: false, reason: `${name} does not exist` };
    // Numbered from 1 in each part, "paragraph 1" does not say which part it means: only where all the paragraphs it may mean keep one number is it safe to renumber.
    if (this.perPart && established.length > 1 && new Set(established.map((i) => this.now(i))).size > 1) {
      return { ok: false, reason: `${established.length} paragraphs are numbered ${formatParagraphPath(path)}, one in each of several parts (${established.join(', ')}), and they are now numbered differently, so it is not clear which one is meant` };
    }
    if (id === undefined) return { ok: false, reason: `${ids.length} clauses are numbered ${formatParagraphPath(path)} (${ids.join(', ')}), so it is not clear which one is meant` };
    const now = this.after.get(id);
    if (!now) return { ok: false, reason: `${name} (\`${id}\`) no longer has a number` };
    if (now.labels.length !== path.labels.length) return { ok: false, reason: `${name} (\`${id}\`) is now at another level` };
    return { ok: true, path: now };
  }

  /** A clause's number as it will read, "5(a)", or "" where it has none. */
  private now(id: string): string {
    const path = this.after.get(id);
    return path ? formatParagraphPath(path) : '';
  }
}

interface Rewrite {
  replacements: TextReplacement[];
  problems: Array<{ severity: Diagnostic['severity']; code: string; message: string; hint: string }>;
  /** New paragraph numbers cited, for checking "above" and "below". */
  targets: number[];
}

/** Where preambular and annex text stands, for "above" and "below". */
const PREAMBLE = { after: 0 };
const ANNEX = { after: Infinity };
const DANGLING_HINT = 'correct the citation: the paragraph it meant was deleted, or never existed';
const NOT_CONSECUTIVE_HINT = 'reword the citation to list the paragraphs it means, or move them back together';
const SHRUNK_HINT = 'check that the citation still means what the drafters intended';
const TOO_LONG_HINT = 'name the paragraphs the citation means: no resolution has as many';

function replaceToken(token: CitedToken, value: string | number, into: TextReplacement[]): void {
  if (String(value) !== token.value) into.push({ start: token.start, end: token.end, text: String(value) });
}

function rewriteGroups(groups: readonly CitedGroup[], map: NumberMap, quoted: string, position: number): Rewrite {
  const rewrite: Rewrite = { replacements: [], problems: [], targets: [] };
  const dangling = (reason: string) => rewrite.problems.push({ severity: 'error', code: 'dangling-reference', message: `${quoted} no longer points anywhere: ${reason}`, hint: DANGLING_HINT });
  const numbers = groups.flatMap((g) => (g.kind === 'single' && g.path.number && g.path.labels.length === 0 ? [g.path.number] : []));
  if (groups.length > 1 && numbers.length === groups.length) {
    const mapped = numbers.map((n) => map.map({ paragraph: Number(n.value), labels: [] }));
    const failed = mapped.filter((m) => !m.ok);
    for (const m of failed) dangling(m.reason);
    if (failed.length === 0) {
      // "paragraphs 3, 4 and 6" stays in ascending order when the paragraphs have moved.
      const now = mapped.map((m) => (m.ok ? m.path.paragraph : 0)).sort((a, b) => a - b);
      numbers.forEach((token, i) => replaceToken(token, now[i]!, rewrite.replacements));
      rewrite.targets.push(...now);
    }
    return rewrite;
  }
  for (const group of groups) {
    if (group.kind === 'single') {
      const { path } = group;
      const mapped = map.map({ paragraph: path.paragraph, labels: path.labels.map((l) => l.value) });
      if (!mapped.ok) {
        dangling(mapped.reason);
        continue;
      }
      if (path.number) replaceToken(path.number, mapped.path.paragraph, rewrite.replacements);
      else if (mapped.path.paragraph !== position) {
        rewrite.problems.push({ severity: 'warning', code: 'reference-not-updated', message: `${quoted} cites a subparagraph that is now in paragraph ${mapped.path.paragraph}`, hint: `write the paragraph number: "paragraph ${formatParagraphPath(mapped.path)}"` });
        continue;
      }
      path.labels.forEach((label, i) => replaceToken(label, mapped.path.labels[i]!, rewrite.replacements));
      rewrite.targets.push(mapped.path.paragraph);
      continue;
    }
    const range = mapRange(Number(group.from.value), Number(group.to.value), map);
    if (range.kind === 'dangling') {
      dangling(range.reason);
      continue;
    }
    if (range.kind === 'not-consecutive') {
      rewrite.problems.push({ severity: 'error', code: 'reference-not-consecutive', message: `${quoted}: ${range.reason}, so the range cannot simply be renumbered`, hint: NOT_CONSECUTIVE_HINT });
      continue;
    }
    if (range.kind === 'too-long') {
      rewrite.problems.push({ severity: 'error', code: 'range-too-long', message: `${quoted}: ${range.reason}, so it is left as written`, hint: TOO_LONG_HINT });
      continue;
    }
    if (range.shrunk) rewrite.problems.push({ severity: 'warning', code: 'reference-range-shrunk', message: `${quoted}: ${range.shrunk}`, hint: SHRUNK_HINT });
    replaceToken(group.from, range.first, rewrite.replacements);
    replaceToken(group.to, range.last, rewrite.replacements);
    rewrite.targets.push(range.first, range.last);
  }
  return rewrite;
}

type MappedRange = { kind: 'ok'; first: number; last: number; shrunk?: string } | { kind: 'dangling'; reason: string } | { kind: 'not-consecutive'; reason: string } | { kind: 'too-long'; reason: string };

/** A range of paragraphs ("5 to 9") in the new numbering: still a range, shrunk, gone, or scattered. */
function mapRange(from: number, to: number, map: NumberMap): MappedRange {
  if (to < from) return { kind: 'dangling', reason: `the range ${from} to ${to} runs backwards` };
  const tooLong = rangeTooLong(from, to);
  if (tooLong) return { kind: 'too-long', reason: tooLong };
  // A range that runs past the text's last paragraph cites paragraphs it never had (or not yet):
  // it is not shrunk to those the text has, but left as written for a person to correct. A gap
  // inside the numbering is a paragraph deleted, which the range loses.
  const highest = map.highest;
  const beyond = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((paragraph) => paragraph > highest);
  if (beyond.length > 0) return { kind: 'dangling', reason: `the text has no paragraph${beyond.length === 1 ? '' : 's'} ${numberRun(beyond)}, so the range is left as written` };
  const members = Array.from({ length: to - from + 1 }, (_, i) => ({ old: from + i, mapped: map.map({ paragraph: from + i, labels: [] }) }));
  const kept = members.flatMap((m) => (m.mapped.ok ? [m.mapped.path.paragraph] : [])).sort((a, b) => a - b);
  const lost = members.filter((m) => !m.mapped.ok).map((m) => m.old);
  if (kept.length === 0) return { kind: 'dangling', reason: `none of paragraphs ${from} to ${to} exists any more` };
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  if (last - first + 1 !== kept.length) return { kind: 'not-consecutive', reason: `the paragraphs it cites are no longer consecutive (now ${kept.join(', ')})` };
  if (lost.length === 0) return { kind: 'ok', first, last };
  const shrunk = `paragraph${lost.length === 1 ? '' : 's'} ${lost.join(', ')} of the range no longer exist${lost.length === 1 ? 's' : ''}; the range now covers paragraphs ${first} to ${last}`;
  return { kind: 'ok', first, last, shrunk };
}

function isInternal(reference: Reference | undefined): reference is Reference {
  return reference !== undefined && reference.resolution === undefined && reference.resolutions === undefined;
}

/**
 * After renumbering, brings every citation of the document's own paragraphs up to date: in
 * clause and annex text ("paragraph 2 above" → "paragraph 3 above"), in notes, in `references`,
 * and in effect targets and the conditions they quote. Which clause a number meant is found through ids, from the numbers as the
 * person left them. A citation that no longer points anywhere is reported, never guessed.
 */
export function retargetCitations(before: ResolutionDocument, after: ResolutionDocument, isNew: (id: string) => boolean): Retargeting {
  // "Above" and "below" are checked only in a draft's own wording: notes quote other clauses, and official text is as adopted.
  const directions = before.kind === 'draft';
  const map = new NumberMap(before, after, isNew);
  const result: Retargeting = { operations: [], diagnostics: [], changes: [] };

  /** `report`: 'all' for clause text, 'problems' for notes (which quote other clauses), 'none' for copies of a clause's text. */
  const rewriteText = (text: string | undefined, path: DataPath, owner: string, positions: { before?: number; after: number }, report: 'all' | 'problems' | 'none') => {
    if (text === undefined) return;
    const replacements: TextReplacement[] = [];
    for (const citation of findInternalCitations(text, positions.before)) {
      const quoted = `"${citation.text}" in \`${owner}\``;
      if (!citation.groups) {
        const stale = citation.entries.map((entry) => rewriteEntry(entry, map)).some((r) => r.entry !== undefined && !citation.entries.includes(r.entry));
        if (report !== 'none' && stale) result.diagnostics.push({ path, offset: citation.start, severity: 'warning', code: 'reference-not-updated', message: `${quoted} cites paragraphs that were renumbered, but fmt cannot tell which of its numbers to change`, hint: 'update the numbers in this citation by hand' });
        continue;
      }
      const rewrite = rewriteGroups(citation.groups, map, quoted, positions.after);
      replacements.push(...rewrite.replacements);
      if (report === 'none') continue;
      for (const problem of rewrite.problems) result.diagnostics.push({ path, offset: citation.start, ...problem });
      if (report === 'all' && directions) checkDirection(citation, rewrite.targets, positions.after, quoted, path, result);
      if (rewrite.replacements.length > 0) {
        const local = rewrite.replacements.map((r) => ({ ...r, start: r.start - citation.start, end: r.end - citation.start }));
        result.changes.push(`\`${owner}\`: "${citation.text}" → "${applyReplacements(citation.text, local)}"`);
      }
    }
    if (replacements.length > 0) result.operations.push({ kind: 'replace-in-text', path, replacements });
  };

  /** `owner` is the clause's text: a reference quoting a citation of it is reported through the citation. */
  const rewriteReference = (reference: Reference | undefined, path: DataPath, owner: { id: string; text?: string }, position: { before?: number; after: number }, kind = 'reference') => {
    if (!isInternal(reference)) return;
    rewriteText(reference.text, [...path, 'text'], owner.id, position, 'none');
    const reported = reference.text !== undefined && owner.text?.includes(reference.text) === true;
    for (const [i, entry] of (reference.paragraphs ?? []).entries()) {
      const entryPath = [...path, 'paragraphs', i];
      const rewritten = rewriteEntry(entry, map);
      const problem = rewritten.problem;
      if (problem && !reported) {
        const what = problem.code === 'dangling-reference' ? 'no longer points anywhere' : problem.code === 'reference-range-shrunk' ? 'has shrunk' : 'cannot be renumbered';
        result.diagnostics.push({ path: entryPath, severity: problem.severity, code: problem.code, message: `"${entry}" in ${kind === 'reference' ? 'a reference' : 'an effect target'} of \`${owner.id}\` ${what}: ${problem.reason}`, hint: problem.hint });
      }
      if (rewritten.entry !== undefined && rewritten.entry !== entry) {
        result.operations.push({ kind: 'replace-in-text', path: entryPath, replacements: [{ start: 0, end: entry.length, text: rewritten.entry }] });
        result.changes.push(`\`${owner.id}\`: ${kind} "${entry}" → "${rewritten.entry}"`);
      }
    }
  };

  for (const [index, paragraph] of before.preamble.entries()) {
    rewriteText(paragraph.text, ['preamble', index, 'text'], paragraph.id, PREAMBLE, 'all');
    rewriteText(paragraph.note, ['preamble', index, 'note'], paragraph.id, PREAMBLE, 'problems');
    paragraph.references?.forEach((r, i) => rewriteReference(r, ['preamble', index, 'references', i], paragraph, PREAMBLE));
  }
  for (const { clause, at } of walkOperative(before)) {
    const index = at[1] as number;
    const position = { before: before.operative[index]?.number, after: after.operative[index]?.number ?? 0 };
    rewriteText(clause.text, [...at, 'text'], clause.id, position, 'all');
    rewriteText(clause.note, [...at, 'note'], clause.id, position, 'problems');
    clause.references?.forEach((r, i) => rewriteReference(r, [...at, 'references', i], clause, position));
    if (!('effects' in clause)) continue;
    for (const [i, effect] of (clause.effects ?? []).entries()) {
      const effectAt = [...at, 'effects', i];
      rewriteReference(effect.target, [...effectAt, 'target'], { id: clause.id }, position, 'effect target');
      // The condition is the clause's own wording, quoted: it follows the text without a second report.
      rewriteText(effect.effective?.condition, [...effectAt, 'effective', 'condition'], clause.id, position, 'none');
      rewriteText(effect.note, [...effectAt, 'note'], clause.id, position, 'problems');
    }
  }
  for (const [a, annex] of (before.annexes ?? []).entries()) {
    rewriteText(annex.title, ['annexes', a, 'title'], annex.id, ANNEX, 'all');
    const stack = annex.items.map((item, i) => ({ item, at: ['annexes', a, 'items', i] as DataPath }));
    while (stack.length > 0) {
      const { item, at } = stack.shift()!;
      rewriteText(item.text, [...at, 'text'], item.id, ANNEX, 'all');
      stack.push(...(item.items ?? []).map((child, i) => ({ item: child, at: [...at, 'items', i] })));
    }
  }
  return result;
}

function checkDirection(citation: InternalCitation, targets: readonly number[], position: number, quoted: string, path: DataPath, result: Retargeting): void {
  const wrong = targets.filter((t) => (citation.direction === 'above' ? t > position : citation.direction === 'below' ? t < position : false));
  if (wrong.length === 0) return;
  const now = citation.direction === 'above' ? 'below' : 'above';
  result.diagnostics.push({
    path,
    offset: citation.start,
    severity: 'warning',
    code: 'reference-direction',
    message: `${quoted} says "${citation.direction}", but ${wrong.length === 1 ? `paragraph ${wrong[0]} now stands` : `paragraphs ${joinNames(wrong.map(String))} now stand`} ${now} it`,
    hint: `change "${citation.direction}" to "${now}" if the paragraphs stay in this order`,
  });
}

/** A reference's paragraph entry ("5", "5-9", "8(a)(iii)") in the new numbering, or why it cannot be. */
function rewriteEntry(entry: string, map: NumberMap): { entry?: string; problem?: { severity: Diagnostic['severity']; code: string; reason: string; hint: string } } {
  const range = /^(\d+)-(\d+)$/.exec(entry);
  if (range) {
    const mapped = mapRange(Number(range[1]), Number(range[2]), map);
    if (mapped.kind === 'dangling') return { problem: { severity: 'error', code: 'dangling-reference', reason: mapped.reason, hint: DANGLING_HINT } };
    if (mapped.kind === 'not-consecutive') return { problem: { severity: 'error', code: 'reference-not-consecutive', reason: mapped.reason, hint: NOT_CONSECUTIVE_HINT } };
    if (mapped.kind === 'too-long') return { problem: { severity: 'error', code: 'range-too-long', reason: mapped.reason, hint: TOO_LONG_HINT } };
    const now = { entry: `${mapped.first}-${mapped.last}` };
    return mapped.shrunk ? { ...now, problem: { severity: 'warning', code: 'reference-range-shrunk', reason: mapped.shrunk, hint: SHRUNK_HINT } } : now;
  }
  const path = parseParagraphPath(entry);
  if (!path) return {};
  const mapped = map.map(path);
  return mapped.ok ? { entry: formatParagraphPath(mapped.path) } : { problem: { severity: 'error', code: 'dangling-reference', reason: mapped.reason, hint: DANGLING_HINT } };
}

/** "3", "3 to 9", or "3, 5 and 7": paragraph numbers as a citation would name them. */
function numberRun(numbers: readonly number[]): string {
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  if (numbers.length > 2 && consecutive) return `${numbers[0]} to ${numbers.at(-1)}`;
  return joinNames(numbers.map(String));
}
