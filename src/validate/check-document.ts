import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import type { ResolutionDocument, Subparagraph } from '../model/document.js';
import { allClauseIds, walkOperative, type DataPath } from '../model/paragraph-path.js';
import { expectedLabel, styleOf } from '../model/numbering.js';
import type { Corpus } from './corpus.js';
import { checkBrackets } from './check-brackets.js';
import { checkCitationEffects } from './check-citations.js';
import { checkSources } from './check-sources.js';
import { checkDelegationNames } from './check-delegation-names.js';
import { SchemaTrust } from './schema-trust.js';
import { checkTargets, effectTargets } from './check-targets.js';
import { checkParts } from './check-parts.js';
import { numberingRestartsInParts, opensPart } from '../model/part-numbering.js';

/** Checks what the schema cannot express in a file that matched it. Every finding is located in the file. */
export function checkDocument(loaded: LoadedDocument, corpus: Corpus): Diagnostic[] {
  const targets = effectTargets(loaded.document, SchemaTrust.WHOLE);
  return [...checkDocumentAlone(loaded, SchemaTrust.WHOLE), ...checkTargets(targets, loaded, corpus, (at) => loaded.locate.value(at))];
}

/**
 * The checks of `checkDocument` that need no other file: all but those of effect targets. For a
 * file with schema errors, `loaded` holds what the schema vouched for (see `SchemaTrust`), and
 * nothing is said that follows from what it refused.
 */
export function checkDocumentAlone(loaded: LoadedDocument, trust: SchemaTrust): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = reporter(loaded, found);
  checkIds(loaded.document, trust, report);
  checkParts(loaded.document, trust, report);
  checkNumbering(loaded.document, trust, report);
  checkMetadata(loaded.document, trust, report);
  found.push(...checkBrackets(loaded, trust));
  found.push(...checkCitationEffects(loaded, trust));
  found.push(...checkSources(loaded, trust));
  found.push(...checkDelegationNames(loaded, trust));
  return found;
}

/**
 * The checks of what a comparison goes by, and no more: ids (of clauses and parts) and the
 * document's facts (dates, year, symbol). `diff`, `merge` and `history` refuse a file these find
 * broken; the other checks (citations, sources, brackets …) would only cost them time — the
 * citation check reads the whole file's positions for each warning.
 */
export function checkComparable(loaded: LoadedDocument, trust: SchemaTrust): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = reporter(loaded, found);
  checkIds(loaded.document, trust, report);
  checkParts(loaded.document, trust, report);
  checkMetadata(loaded.document, trust, report);
  return found;
}

type Report = (at: DataPath, severity: Diagnostic['severity'], code: string, message: string, hint?: string, key?: boolean) => void;

/** A `Report` that adds each finding to `found`, located in `loaded` at the value (or the key) of its path. */
function reporter(loaded: LoadedDocument, found: Diagnostic[]): Report {
  return (at, severity, code, message, hint, key = false) => {
    found.push(diagnostic(loaded.file, key ? loaded.locate.key(at) : loaded.locate.value(at), severity, code, message, hint));
  };
}

function checkIds(document: ResolutionDocument, trust: SchemaTrust, report: Report): void {
  const first = new Map<string, DataPath>();
  for (const { id, at } of allClauseIds(document)) {
    if (!trust.vouchesFor([...at, 'id'])) continue;
    const earlier = first.get(id);
    if (earlier) report([...at, 'id'], 'error', 'duplicate-id', `the id \`${id}\` is already used (at ${earlier.join('.')})`, 'give every clause its own id; ids must stay stable, so rename the newer clause');
    else first.set(id, at);
  }
}

/** A clause's id as messages quote it, or its place where the id is not known. */
function clauseName(clause: { id: string }, at: DataPath, trust: SchemaTrust): string {
  return trust.vouchesFor([...at, 'id']) ? `\`${clause.id}\`` : `#${Number(at.at(-1)) + 1}`;
}

/**
 * Operative numbers run on across the parts A, B, C … of a resolution divided into parts, or
 * start again at 1 in each part where the text numbers them so (`numberingRestartsInParts`).
 * An unknown `completeness` reads as absent, so not `full`: only the rule that holds for every
 * document (numbers increase) is checked. A refused number is not known either: the paragraph
 * after it is not measured against it, and the run of subparagraph labels it belongs to is lost.
 */
function checkNumbering(document: ResolutionDocument, trust: SchemaTrust, report: Report): void {
  const complete = document.completeness === 'full';
  const printedUnnumbered = isPrintedUnnumbered(document, trust);
  const leadingRun = printedLeadingRun(document, trust);
  let expected: number | undefined = 1;
  let previous = 0;
  const restarts = numberingRestartsInParts(document);
  for (const [index, paragraph] of document.operative.entries()) {
    const at = ['operative', index];
    if (restarts && opensPart(document.operative, index)) {
      expected = 1;
      previous = 0;
    }
    if (!trust.vouchesFor([...at, 'number'])) {
      expected = undefined;
      checkSubparagraphs(paragraph.subparagraphs, at, complete, trust, report);
      continue;
    }
    if (paragraph.number === undefined) {
      if (complete && !printedUnnumbered && index >= leadingRun) report(at, 'error', 'missing-number', `operative paragraph ${clauseName(paragraph, at, trust)} has no number, but the document is complete`, expected === undefined ? 'number it, or run `bluedraft fmt`' : `number it ${expected}, or run \`bluedraft fmt\``);
      continue;
    }
    if (complete && expected !== undefined && paragraph.number !== expected) {
      report(['operative', index, 'number'], 'error', 'numbering', `operative paragraph ${paragraph.number} should be numbered ${expected} (paragraphs run 1, 2, 3 … without gaps${restarts ? ', from 1 in each part' : document.parts?.length ? ', on across parts' : ''})`, 'run `bluedraft fmt` to renumber, or correct the number');
    } else if (!complete && paragraph.number <= previous) {
      report(['operative', index, 'number'], 'error', 'numbering', `operative paragraph ${paragraph.number} comes after paragraph ${previous}; numbers must increase`, 'put the paragraphs in order of their numbers');
    }
    previous = Math.max(previous, paragraph.number);
    expected = paragraph.number + 1;
    checkSubparagraphs(paragraph.subparagraphs, at, complete, trust, report);
  }
}

/**
 * Whether a text prints its operative paragraphs with no numbers at all, as many of 1946–1960
 * do (S/RES/2 (1946): a single "Requests the parties …"): then none lacks a number, since none
 * has one. Not where a number was refused by the schema: it may have been the one there.
 */
function isPrintedUnnumbered(document: ResolutionDocument, trust: SchemaTrust): boolean {
  return document.operative.every((paragraph, index) => paragraph.number === undefined && trust.vouchesFor(['operative', index, 'number']));
}

/**
 * How many operative paragraphs an adopted resolution prints unnumbered before its numbered ones,
 * as texts of 1946–1960 do ("The Security Council Resolves:" then "1, That …", S/RES/70 (1949);
 * "Reaffirms …", "Resolves …", "Recommends … :" then "1. The Government of Pakistan …",
 * S/RES/47 (1948)): those lack no number, the text gives none. A draft numbers every paragraph.
 */
function printedLeadingRun(document: ResolutionDocument, trust: SchemaTrust): number {
  if (document.kind !== 'resolution') return 0;
  const first = document.operative.findIndex((paragraph, index) => paragraph.number !== undefined || !trust.vouchesFor(['operative', index, 'number']));
  return first < 0 ? 0 : first;
}

function checkSubparagraphs(subs: Subparagraph[] | undefined, at: DataPath, complete: boolean, trust: SchemaTrust, report: Report): void {
  let run: number | undefined = 0;
  let style: ReturnType<typeof styleOf> | undefined;
  for (const [index, sub] of (subs ?? []).entries()) {
    const subAt = [...at, 'subparagraphs', index];
    if (!trust.vouchesFor([...subAt, 'number'])) {
      run = undefined;
    } else if (sub.number === undefined) {
      run = 0;
      style = undefined;
    } else if (run !== undefined) {
      style ??= styleOf(sub.number);
      run++;
      const want = expectedLabel(style, run);
      if (complete && sub.number !== want) {
        report([...subAt, 'number'], 'error', 'numbering', `subparagraph (${sub.number}) should be (${want}) (subparagraphs run ${style === 'roman' ? '(i), (ii), (iii)' : '(a), (b), (c)'} …)`, 'run `bluedraft fmt` to reletter, or correct the label');
      }
    }
    checkSubparagraphs(sub.subparagraphs, subAt, complete, trust, report);
  }
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The dates a document's year is read from, the first it has. */
const DATED_BY = ['adopted', 'circulated', 'revised'] as const;

function checkMetadata(document: ResolutionDocument, trust: SchemaTrust, report: Report): void {
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
  // Were a refused date the first, the year would be measured against a later date.
  const datedBy = DATED_BY.find((key) => dates[key] !== undefined || !trust.vouchesFor(['dates', key]));
  const year = datedBy && dates[datedBy];
  if (year && document.year !== undefined && isRealDate(year) && Number(year.slice(0, 4)) !== document.year) {
    report(['year'], 'error', 'year-mismatch', `year is ${document.year}, but the document is dated ${year}`, 'make the year agree with the date');
  }

  // What a document must say depends on its kind; an unknown kind says nothing of it.
  if (!trust.vouchesFor(['kind'])) return;
  if (document.kind === 'resolution') {
    if (trust.vouchesFor(['status']) && document.status !== 'adopted') report(['status'], 'error', 'status-mismatch', `a resolution has status "adopted", not "${document.status}"`, 'set `status: adopted`, or `kind: draft` if the text was not adopted');
    if (document.number === undefined && trust.vouchesFor(['number'])) report([], 'error', 'missing-property', 'a resolution needs its `number`', 'add `number:`, e.g. `number: 841`');
    if (document.year === undefined && trust.vouchesFor(['year'])) report([], 'error', 'missing-property', 'a resolution needs its `year`', 'add `year:`, e.g. `year: 1993`');
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

