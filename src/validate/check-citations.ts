import { diagnostic, type Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import { textLocator } from '../load/locate-in-text.js';
import type { Position } from '../load/locate.js';
import type { Clause, OperativeParagraph, Reference } from '../model/document.js';
import { parseParagraphPath, rangeTooLong, walkOperative, type DataPath } from '../model/paragraph-path.js';
import { parseCitations } from '../text/parse-citations.js';
import { citedResolutions } from '../model/citation.js';
import { SchemaTrust } from './schema-trust.js';

/**
 * The paragraphs one entry of a reference covers, as a span of operative numbers and the
 * subparagraph labels under them: "5-9" is 5 to 9, "8(a)(iii)" is 8 to 8 under (a)(iii).
 * Entries `expandParagraphs` refuses cover nothing here either.
 */
interface Span {
  from: number;
  to: number;
  labels: string[];
}

function spanOf(entry: string): Span | undefined {
  const [from, to, ...rest] = entry.split('-');
  if (rest.length > 0 || from === undefined) return undefined;
  const start = parseParagraphPath(from);
  if (!start) return undefined;
  if (to === undefined) return { from: start.paragraph, to: start.paragraph, labels: start.labels };
  const end = parseParagraphPath(to);
  if (!end || start.labels.length > 0 || end.labels.length > 0 || end.paragraph < start.paragraph || rangeTooLong(start.paragraph, end.paragraph)) return undefined;
  return { from: start.paragraph, to: end.paragraph, labels: [] };
}

function spansOf(reference: Reference): Span[] {
  return (reference.paragraphs ?? []).flatMap((entry) => spanOf(entry) ?? []);
}

/** Whether one label path lies within the other: (a) and (a)(ii) do, (a) and (b) do not. */
function nested(a: readonly string[], b: readonly string[]): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A paragraph and one of its subparagraphs meet: "8" and "8(a)" do, so do "5-9" and "7(b)". */
function overlaps(a: readonly Span[], b: readonly Span[]): boolean {
  return a.some((x) => b.some((y) => x.from <= y.to && y.from <= x.to && nested(x.labels, y.labels)));
}

/** A reference or effect target a clause declares, with what `covers` compares ready. */
interface Declared {
  reference: Reference;
  resolutions: string[];
  paragraphs: Span[];
}

function declaredOf(reference: Reference): Declared {
  return { reference, resolutions: citedResolutions(reference), paragraphs: spansOf(reference) };
}

/** Whether `declared` covers the citation found in the text. */
function covers(declared: Declared, cited: Reference, citedParagraphs: Span[]): boolean {
  if (!citedResolutions(cited).some((r) => declared.resolutions.includes(r))) return false;
  if (declared.reference.clauses || (declared.reference.committee && cited.committee)) return true;
  return overlaps(declared.paragraphs, citedParagraphs);
}

/** A citation of another resolution's paragraphs needs both words; most clauses have neither. */
const MAY_CITE_PARAGRAPHS = [/paragraph/i, /resolution/i];

interface ClauseInParagraph {
  clause: Clause;
  at: DataPath;
  /** The operative paragraph the clause is or belongs to, and where it sits. */
  paragraph?: { clause: OperativeParagraph; at: DataPath };
}

function* clausesWithText(document: LoadedDocument['document']): Generator<ClauseInParagraph> {
  for (const [index, clause] of document.preamble.entries()) yield { clause, at: ['preamble', index] };
  let paragraph: ClauseInParagraph['paragraph'];
  for (const { clause, at, depth } of walkOperative(document)) {
    if (depth === 0) paragraph = { clause: clause as OperativeParagraph, at };
    yield paragraph ? { clause, at, paragraph } : { clause, at };
  }
}

/**
 * Warns where a clause's text cites a paragraph of another resolution ("paragraphs 5 to 9 of
 * resolution 841 (1993)") but the clause declares neither a matching effect nor a matching
 * reference: the citation is probably an effect nobody has recorded yet. Where the clause's
 * references or its paragraph's effects have a schema error, the declaration may be the one
 * refused, so the clause is not checked.
 */
export function checkCitationEffects(loaded: LoadedDocument, trust = SchemaTrust.WHOLE): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { clause, at, paragraph } of clausesWithText(loaded.document)) {
    if (clause.text === undefined || !MAY_CITE_PARAGRAPHS.every((word) => word.test(clause.text!))) continue;
    if (![[...at, 'id'], [...at, 'references'], ...(paragraph ? [[...paragraph.at, 'effects']] : [])].every((path) => trust.vouchesFor(path))) continue;
    let declared: Declared[] | undefined;
    let position: ((offset: number) => Position) | undefined;
    const number = paragraph?.clause.number;
    for (const citation of parseCitations(clause.text, number === undefined ? {} : { paragraph: number })) {
      const cited = citation.reference;
      if (citedResolutions(cited).length === 0 || !cited.paragraphs) continue;
      const citedParagraphs = spansOf(cited);
      declared ??= [...(clause.references ?? []), ...(paragraph?.clause.effects ?? []).flatMap((e) => (e.target ? [e.target] : []))].map(declaredOf);
      if (declared.some((d) => covers(d, cited, citedParagraphs))) continue;
      position ??= textLocator(loaded.text, loaded.locate, [...at, 'text']);
      found.push(diagnostic(loaded.file, position(citation.start), 'warning', 'citation-without-effect',
        `\`${clause.id}\` cites ${cited.text}, but declares no effect on it and no reference to it`,
        'add the citation to `references` (`bluedraft import` writes them), or an effect if the clause acts on that paragraph'));
    }
  }
  return found;
}
