import type { Diagnostic } from '../load/diagnostic.js';
import type { Reference, ResolutionDocument } from '../model/document.js';
import { conventionalId, expandParagraphs, formatParagraphPath, walkOperative, type DataPath, type ParagraphPath } from '../model/paragraph-path.js';
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

  constructor(
    before: ResolutionDocument,
    after: ResolutionDocument,
    private readonly isNew: (id: string) => boolean,
  ) {
    for (const { clause, path } of walkOperative(before)) {
      if (!path) continue;
      const key = formatParagraphPath(path);
      this.before.set(key, [...(this.before.get(key) ?? []), clause.id]);
    }
    for (const { clause, path } of walkOperative(after)) this.after.set(clause.id, path);
  }

  map(path: ParagraphPath): Mapped {
    const name = `paragraph ${formatParagraphPath(path)}`;
    const ids = this.before.get(formatParagraphPath(path)) ?? [];
    // Two clauses share a number after a hand insertion: the one already there was meant.
    const established = ids.filter((id) => !this.isNew(id));
    const id = ids.length === 1 ? ids[0] : (ids.find((i) => i === conventionalId(path)) ?? (established.length === 1 ? established[0] : undefined));
    if (ids.length === 0) return { ok: false, reason: `${name} does not exist` };
    if (id === undefined) return { ok: false, reason: `${ids.length} clauses are numbered ${formatParagraphPath(path)} (${ids.join(', ')}), so it is not clear which one is meant` };
    const now = this.after.get(id);
    if (!now) return { ok: false, reason: `${name} (\`${id}\`) no longer has a number` };
    if (now.labels.length !== path.labels.length) return { ok: false, reason: `${name} (\`${id}\`) is now at another level` };
    return { ok: true, path: now };
  }
}

interface Rewrite {
  replacements: TextReplacement[];
  problems: Array<{ severity: Diagnostic['severity']; code: string; message: string; hint: string }>;
  /** New paragraph numbers cited, for checking "above" and "below". */
  targets: number[];
}

const DANGLING_HINT = 'correct the citation: the paragraph it meant was deleted, or never existed';
const NOT_CONSECUTIVE_HINT = 'reword the citation to list the paragraphs it means, or move them back together';

function replaceToken(token: CitedToken, value: string | number, into: TextReplacement[]): void {
  if (String(value) !== token.value) into.push({ start: token.start, end: token.end, text: String(value) });
}

function rewriteGroups(groups: readonly CitedGroup[], map: NumberMap, quoted: string): Rewrite {
  const rewrite: Rewrite = { replacements: [], problems: [], targets: [] };
  const dangling = (reason: string) => rewrite.problems.push({ severity: 'error', code: 'dangling-reference', message: `${quoted} no longer points anywhere: ${reason}`, hint: DANGLING_HINT });
  const plainList = groups.length > 1 && groups.every((g) => g.kind === 'single' && g.path.labels.length === 0);
  if (plainList) {
    const mapped = groups.map((g) => (g.kind === 'single' ? map.map({ paragraph: Number(g.path.number.value), labels: [] }) : undefined)!);
    const failed = mapped.filter((m) => !m.ok);
    for (const m of failed) dangling(m.reason);
    if (failed.length === 0) {
      // "paragraphs 3, 4 and 6" stays in ascending order when the paragraphs have moved.
      const numbers = mapped.map((m) => (m.ok ? m.path.paragraph : 0)).sort((a, b) => a - b);
      groups.forEach((g, i) => g.kind === 'single' && replaceToken(g.path.number, numbers[i]!, rewrite.replacements));
      rewrite.targets.push(...numbers);
    }
    return rewrite;
  }
  for (const group of groups) {
    if (group.kind === 'single') {
      const mapped = map.map({ paragraph: Number(group.path.number.value), labels: group.path.labels.map((l) => l.value) });
      if (!mapped.ok) {
        dangling(mapped.reason);
        continue;
      }
      replaceToken(group.path.number, mapped.path.paragraph, rewrite.replacements);
      group.path.labels.forEach((label, i) => replaceToken(label, mapped.path.labels[i]!, rewrite.replacements));
      rewrite.targets.push(mapped.path.paragraph);
      continue;
    }
    const from = Number(group.from.value);
    const to = Number(group.to.value);
    if (to < from) {
      dangling(`the range ${from} to ${to} runs backwards`);
      continue;
    }
    const members = Array.from({ length: to - from + 1 }, (_, i) => ({ old: from + i, mapped: map.map({ paragraph: from + i, labels: [] }) }));
    const kept = members.flatMap((m) => (m.mapped.ok ? [m.mapped.path.paragraph] : [])).sort((a, b) => a - b);
    const lost = members.filter((m) => !m.mapped.ok).map((m) => m.old);
    if (kept.length === 0) {
      dangling(`none of paragraphs ${from} to ${to} exists any more`);
      continue;
    }
    const first = kept[0]!;
    const last = kept[kept.length - 1]!;
    if (last - first + 1 !== kept.length) {
      rewrite.problems.push({
        severity: 'error',
        code: 'reference-not-consecutive',
        message: `${quoted}: the paragraphs it cites are no longer consecutive (now ${kept.join(', ')}), so the range cannot simply be renumbered`,
        hint: NOT_CONSECUTIVE_HINT,
      });
      continue;
    }
    if (lost.length > 0) {
      rewrite.problems.push({
        severity: 'warning',
        code: 'reference-range-shrunk',
        message: `${quoted}: paragraph${lost.length === 1 ? '' : 's'} ${lost.join(', ')} of the range no longer exist${lost.length === 1 ? 's' : ''}; the range now covers paragraphs ${first} to ${last}`,
        hint: 'check that the citation still means what the drafters intended',
      });
    }
    replaceToken(group.from, first, rewrite.replacements);
    replaceToken(group.to, last, rewrite.replacements);
    rewrite.targets.push(first, last);
  }
  return rewrite;
}

function isInternal(reference: Reference | undefined): reference is Reference {
  return reference !== undefined && reference.resolution === undefined && reference.resolutions === undefined;
}

/**
 * After renumbering, brings every citation of the document's own paragraphs up to date: in
 * clause and annex text ("paragraph 2 above" → "paragraph 3 above"), in `references` and in
 * effect targets. Which clause a number meant is found through ids, from the numbers as the
 * person left them. A citation that no longer points anywhere is reported, never guessed.
 */
export function retargetCitations(before: ResolutionDocument, after: ResolutionDocument, isNew: (id: string) => boolean): Retargeting {
  const map = new NumberMap(before, after, isNew);
  const result: Retargeting = { operations: [], diagnostics: [], changes: [] };

  const rewriteText = (text: string | undefined, path: DataPath, owner: string, position: number, report: boolean) => {
    if (text === undefined) return;
    const replacements: TextReplacement[] = [];
    for (const citation of findInternalCitations(text)) {
      const quoted = `"${citation.text}" in \`${owner}\``;
      const rewrite = rewriteGroups(citation.groups, map, quoted);
      replacements.push(...rewrite.replacements);
      if (!report) continue;
      for (const problem of rewrite.problems) result.diagnostics.push({ path, offset: citation.start, ...problem });
      checkDirection(citation, rewrite.targets, position, quoted, path, result);
      if (rewrite.replacements.length > 0) {
        const local = rewrite.replacements.map((r) => ({ ...r, start: r.start - citation.start, end: r.end - citation.start }));
        result.changes.push(`\`${owner}\`: "${citation.text}" → "${applyReplacements(citation.text, local)}"`);
      }
    }
    if (replacements.length > 0) result.operations.push({ kind: 'replace-in-text', path, replacements });
  };

  const rewriteReference = (reference: Reference | undefined, path: DataPath, owner: string) => {
    if (!isInternal(reference)) return;
    rewriteText(reference.text, [...path, 'text'], owner, 0, false);
    for (const [i, entry] of (reference.paragraphs ?? []).entries()) {
      const entryPath = [...path, 'paragraphs', i];
      const rewritten = rewriteEntry(entry, map);
      const problem = rewritten.problem;
      if (problem) result.diagnostics.push({ path: entryPath, severity: 'error', code: problem.code, message: `"${entry}" in a reference of \`${owner}\` ${problem.code === 'dangling-reference' ? 'no longer points anywhere' : 'cannot be renumbered'}: ${problem.reason}`, hint: problem.hint });
      if (rewritten.entry !== undefined && rewritten.entry !== entry) {
        result.operations.push({ kind: 'replace-in-text', path: entryPath, replacements: [{ start: 0, end: entry.length, text: rewritten.entry }] });
        result.changes.push(`\`${owner}\`: reference "${entry}" → "${rewritten.entry}"`);
      }
    }
  };

  for (const [index, paragraph] of before.preamble.entries()) {
    rewriteText(paragraph.text, ['preamble', index, 'text'], paragraph.id, 0, true);
    paragraph.references?.forEach((r, i) => rewriteReference(r, ['preamble', index, 'references', i], paragraph.id));
  }
  for (const { clause, at } of walkOperative(before)) {
    const position = after.operative[at[1] as number]?.number ?? 0;
    rewriteText(clause.text, [...at, 'text'], clause.id, position, true);
    clause.references?.forEach((r, i) => rewriteReference(r, [...at, 'references', i], clause.id));
    if ('effects' in clause) clause.effects?.forEach((e, i) => rewriteReference(e.target, [...at, 'effects', i, 'target'], clause.id));
  }
  for (const [a, annex] of (before.annexes ?? []).entries()) {
    rewriteText(annex.title, ['annexes', a, 'title'], annex.id, Infinity, true);
    const stack = annex.items.map((item, i) => ({ item, at: ['annexes', a, 'items', i] as DataPath }));
    while (stack.length > 0) {
      const { item, at } = stack.shift()!;
      rewriteText(item.text, [...at, 'text'], item.id, Infinity, true);
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
    message: `${quoted} says "${citation.direction}", but paragraph ${wrong.join(', ')} now stands ${now} it`,
    hint: `change "${citation.direction}" to "${now}" if the paragraphs stay in this order`,
  });
}

/** A reference's paragraph entry ("5", "5-9", "8(a)(iii)") in the new numbering. */
function rewriteEntry(entry: string, map: NumberMap): { entry?: string; problem?: Omit<PendingDiagnostic, 'path' | 'severity' | 'message'> & { reason: string } } {
  const paths = expandParagraphs(entry);
  if (!paths) return {};
  const mapped = paths.map((p) => map.map(p));
  const failed = mapped.find((m) => !m.ok);
  if (failed && !failed.ok) return { problem: { code: 'dangling-reference', reason: failed.reason, hint: DANGLING_HINT } };
  const now = mapped.flatMap((m) => (m.ok ? [m.path] : []));
  if (now.length === 1) return { entry: formatParagraphPath(now[0]!) };
  const numbers = now.map((p) => p.paragraph).sort((a, b) => a - b);
  if (numbers[numbers.length - 1]! - numbers[0]! + 1 !== numbers.length) {
    return { problem: { code: 'reference-not-consecutive', reason: `the paragraphs it cites are no longer consecutive (now ${numbers.join(', ')})`, hint: NOT_CONSECUTIVE_HINT } };
  }
  return { entry: `${numbers[0]}-${numbers[numbers.length - 1]}` };
}
