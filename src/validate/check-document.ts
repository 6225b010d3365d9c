import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import type { ResolutionDocument, Subparagraph } from '../model/document.js';
import { allClauseIds, walkOperative, type DataPath } from '../model/paragraph-path.js';
import { expectedLabel, styleOf } from './numbering.js';
import type { Corpus } from './corpus.js';
import { checkBrackets } from './check-brackets.js';
import { checkCitationEffects } from './check-citations.js';

/** Checks what the schema cannot express. Every finding is located in the file. */
export function checkDocument(loaded: LoadedDocument, corpus: Corpus): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (at: DataPath, severity: Diagnostic['severity'], code: string, message: string, hint?: string, key = false) =>
    found.push(diagnostic(loaded.file, key ? loaded.locate.key(at) : loaded.locate.value(at), severity, code, message, hint));
  checkIds(loaded.document, report);
  checkNumbering(loaded.document, report);
  checkMetadata(loaded.document, report);
  checkTargets(loaded, corpus, report);
  found.push(...checkBrackets(loaded));
  found.push(...checkCitationEffects(loaded));
  return found;
}

type Report = (at: DataPath, severity: Diagnostic['severity'], code: string, message: string, hint?: string, key?: boolean) => void;

function checkIds(document: ResolutionDocument, report: Report): void {
  const first = new Map<string, DataPath>();
  for (const { id, at } of allClauseIds(document)) {
    const earlier = first.get(id);
    if (earlier) report([...at, 'id'], 'error', 'duplicate-id', `the id \`${id}\` is already used (at ${earlier.join('.')})`, 'give every clause its own id; ids must stay stable, so rename the newer clause');
    else first.set(id, at);
  }
}

function checkNumbering(document: ResolutionDocument, report: Report): void {
  const complete = document.completeness === 'full';
  let expected = 1;
  let previous = 0;
  for (const [index, paragraph] of document.operative.entries()) {
    if (paragraph.number === undefined) {
      if (complete) report(['operative', index], 'error', 'missing-number', `operative paragraph \`${paragraph.id}\` has no number, but the document is complete`, `number it ${expected}, or run \`bluedraft fmt\``);
      continue;
    }
    if (complete && paragraph.number !== expected) {
      report(['operative', index, 'number'], 'error', 'numbering', `operative paragraph ${paragraph.number} should be numbered ${expected} (paragraphs run 1, 2, 3 … without gaps)`, 'run `bluedraft fmt` to renumber, or correct the number');
    } else if (!complete && paragraph.number <= previous) {
      report(['operative', index, 'number'], 'error', 'numbering', `operative paragraph ${paragraph.number} comes after paragraph ${previous}; numbers must increase`, 'put the paragraphs in order of their numbers');
    }
    previous = Math.max(previous, paragraph.number);
    expected = paragraph.number + 1;
    checkSubparagraphs(paragraph.subparagraphs, ['operative', index], complete, report);
  }
}

function checkSubparagraphs(subs: Subparagraph[] | undefined, at: DataPath, complete: boolean, report: Report): void {
  let run = 0;
  let style: ReturnType<typeof styleOf> | undefined;
  for (const [index, sub] of (subs ?? []).entries()) {
    const subAt = [...at, 'subparagraphs', index];
    if (sub.number === undefined) {
      run = 0;
      style = undefined;
    } else {
      style ??= styleOf(sub.number);
      run++;
      const want = expectedLabel(style, run);
      if (complete && sub.number !== want) {
        report([...subAt, 'number'], 'error', 'numbering', `subparagraph (${sub.number}) should be (${want}) (subparagraphs run ${style === 'roman' ? '(i), (ii), (iii)' : '(a), (b), (c)'} …)`, 'run `bluedraft fmt` to reletter, or correct the label');
      }
    }
    checkSubparagraphs(sub.subparagraphs, subAt, complete, report);
  }
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function checkMetadata(document: ResolutionDocument, report: Report): void {
  const dates = document.dates ?? {};
  for (const [key, value] of Object.entries(dates)) {
    if (value !== undefined && !isRealDate(value)) report(['dates', key], 'error', 'invalid-date', `${value} is not a real calendar date`, 'check the day and month (YYYY-MM-DD)');
  }
  for (const { clause, at } of walkOperative(document)) {
    if (!('effects' in clause)) continue;
    for (const [e, effect] of (clause.effects ?? []).entries()) {
      for (const key of ['date', 'until'] as const) {
        const value = effect.effective?.[key];
        if (value !== undefined && !isRealDate(value)) report([...at, 'effects', e, 'effective', key], 'error', 'invalid-date', `${value} is not a real calendar date`, 'check the day and month (YYYY-MM-DD)');
      }
    }
  }
  const order: Array<keyof typeof dates> = ['circulated', 'revised', 'voted'];
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const a = dates[order[i]!];
      const b = dates[order[j]!];
      if (a && b && isRealDate(a) && isRealDate(b) && a > b) report(['dates', order[j]!], 'error', 'date-order', `the ${order[j]} date (${b}) is before the ${order[i]} date (${a})`, 'check both dates');
    }
  }
  if (dates.adopted && dates.circulated && dates.adopted < dates.circulated) report(['dates', 'adopted'], 'error', 'date-order', `the adoption date (${dates.adopted}) is before the circulation date (${dates.circulated})`, 'check both dates');
  const year = dates.adopted ?? dates.circulated ?? dates.revised;
  if (year && document.year !== undefined && isRealDate(year) && Number(year.slice(0, 4)) !== document.year) {
    report(['year'], 'error', 'year-mismatch', `year is ${document.year}, but the document is dated ${year}`, 'make the year agree with the date');
  }

  if (document.kind === 'resolution') {
    if (document.status !== 'adopted') report(['status'], 'error', 'status-mismatch', `a resolution has status "adopted", not "${document.status}"`, 'set `status: adopted`, or `kind: draft` if the text was not adopted');
    if (document.number === undefined) report([], 'error', 'missing-property', 'a resolution needs its `number`', 'add `number:`, e.g. `number: 841`');
    if (document.year === undefined) report([], 'error', 'missing-property', 'a resolution needs its `year`', 'add `year:`, e.g. `year: 1993`');
    const symbol = document.symbol;
    if (symbol !== undefined && document.number !== undefined && document.year !== undefined) {
      const want = `S/RES/${document.number} (${document.year})`;
      if (symbol !== want) report(['symbol'], 'error', 'symbol-mismatch', `the symbol ${symbol} does not match number ${document.number} and year ${document.year}`, `the symbol should be "${want}"`);
    }
  } else {
    if (document.symbol?.startsWith('S/RES/')) report(['symbol'], 'error', 'symbol-mismatch', `a draft does not have a resolution symbol (${document.symbol})`, 'use the draft\'s own symbol ("S/2017/769"), or omit it while none is known');
    if (document.status === 'adopted') report(['status'], 'warning', 'status-mismatch', 'this draft is marked adopted', 'store the adopted text as `kind: resolution` with its S/RES symbol');
  }
}

function checkTargets(loaded: LoadedDocument, corpus: Corpus, report: Report): void {
  for (const { clause, at } of walkOperative(loaded.document)) {
    if (!('effects' in clause)) continue;
    for (const [e, effect] of (clause.effects ?? []).entries()) {
      if (!effect.target) continue;
      for (const problem of corpus.checkReference(effect.target, loaded)) {
        const targetAt = [...at, 'effects', e, 'target'];
        if (problem.kind === 'outside') {
          report(targetAt, 'info', 'unresolved-target', `resolution ${problem.resolution} is not in the corpus, so this ${effect.action} effect cannot be checked`, 'add the resolution to `resolutions/` to check it');
        } else if (problem.kind === 'missing') {
          report(targetAt, 'error', 'dangling-target', `this ${effect.action} effect points to ${problem.what} of ${problem.resolution}, which does not exist`, 'correct the paragraph number or clause id');
        } else {
          report(targetAt, 'error', 'invalid-format', `"${problem.entry}" is not a paragraph or range`, 'write "5", "5-9" or "8(a)(iii)"');
        }
      }
    }
  }
}
