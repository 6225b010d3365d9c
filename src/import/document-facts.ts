import type { ResolutionDocument } from '../model/document.js';
import { formatCitation } from '../model/citation.js';
import type { ImportReport } from './located-input.js';
import { lastClause } from './last-clause.js';
import type { Header } from './read-header.js';

/** What the caller says of the text: its regime, where it is kept, and the provenance header it came with. */
export interface DocumentOptions {
  regime?: string;
  /** The source file, relative to the output file. */
  sourceFile?: string;
  provenance?: { symbol?: string; origin?: string; note?: string; retrieved?: string };
}

/** Where the document's facts are read from: its header, the caller, and the last line of its body. */
export interface FactSources {
  header: Header;
  options: DocumentOptions;
  /** The input line the body ends on, where a truncated text is reported. */
  lastLine: number;
}

/** Resolution or draft: the symbol, number and year, from the header or else the provenance symbol. */
function setIdentity(doc: ResolutionDocument, { header, options }: FactSources, report: ImportReport): void {
  const { facts } = header;
  const symbolNumber = /^S\/RES\/(\d+)\s*\((\d{4})\)$/.exec(options.provenance?.symbol ?? '');
  const number = facts.number ?? (symbolNumber ? Number(symbolNumber[1]) : undefined);
  const year = facts.year ?? (symbolNumber ? Number(symbolNumber[2]) : undefined);
  if (number !== undefined && year !== undefined) {
    Object.assign(doc, { symbol: `S/RES/${formatCitation({ number, year })}`, number, year });
    if (symbolNumber && (Number(symbolNumber[1]) !== number || Number(symbolNumber[2]) !== year)) {
      report.add(1, 'warning', 'import-symbol-mismatch', `the provenance header says ${options.provenance?.symbol}, but the text is resolution ${number} (${year})`);
    }
    return;
  }
  doc.kind = 'draft';
  doc.status = 'circulated';
  const symbol = facts.symbol ?? (options.provenance?.symbol?.startsWith('S/RES/') ? undefined : options.provenance?.symbol);
  if (symbol) doc.symbol = symbol;
  if (facts.sponsors) doc.sponsors = facts.sponsors;
  report.add(1, doc.preamble.length + doc.operative.length > 0 && (doc.operative.length > 0 || header.openingFound) ? 'info' : 'warning', 'import-draft', 'no resolution number and year were found: the text is imported as a draft (status circulated)', 'for an adopted resolution, give the header line "RESOLUTION 841 (1993)"');
}

/** How much of the text the document holds: partial where the text is no resolution, is cut short, or says so. */
function setCompleteness(doc: ResolutionDocument, { header, options, lastLine }: FactSources, report: ImportReport): void {
  if (!header.openingFound && doc.operative.length === 0) {
    report.add(1, 'warning', 'import-not-resolution', 'this text has neither "The Security Council," nor numbered operative paragraphs: it does not look like a resolution; every paragraph was kept as a preambular paragraph', 'check that you gave the right file');
    doc.completeness = 'partial';
  }
  const provenanceNote = options.provenance?.note?.toLowerCase() ?? '';
  if (provenanceNote.startsWith('partial') || provenanceNote.startsWith('summary')) doc.completeness = 'partial';
  const last = lastClause(doc);
  if (last?.text !== undefined && !/[.;:,]$/.test(last.text.trim()) && !doc.vote) {
    report.add(lastLine, 'warning', 'import-truncated', `the text ends in the middle of a sentence ("…${last.text.slice(-40)}"): it may be truncated`, 'check the source for the rest of the text; the file is marked `completeness: partial`');
    doc.completeness = 'partial';
  }
  // Our notice says what the document lacks; a complete text may still hold summaries, or be cut short.
  if (header.noticed !== undefined && header.noticed !== 'full') doc.completeness = header.noticed;
}

/** Sets the facts of a document whose body is built: identity, dates, meeting, vote, regime, source and completeness. */
export function setDocumentFacts(doc: ResolutionDocument, sources: FactSources, report: ImportReport): void {
  const { header, options } = sources;
  if (header.title !== undefined) doc.title = header.title;
  if (header.opening !== undefined) doc.opening = header.opening;
  setIdentity(doc, sources, report);
  const { facts } = header;
  if (facts.date) doc.dates = doc.kind === 'resolution' ? { adopted: facts.date } : { circulated: facts.date };
  const dated = Number(facts.date?.slice(0, 4));
  if (doc.kind === 'resolution' && facts.date && doc.year !== undefined && dated !== doc.year) {
    report.add(1, 'warning', 'import-header-misread', `the title gives the year ${doc.year}, but the resolution is dated ${facts.date}: the year is read from the date (${dated})`, 'check the symbol against the official text');
    Object.assign(doc, { year: dated, symbol: `S/RES/${formatCitation({ number: doc.number!, year: dated })}` });
  }
  if (facts.meeting !== undefined) doc.meeting = facts.meeting;
  if (facts.unanimous && !doc.vote) doc.vote = { unanimous: true };
  if (options.regime) doc.regime = options.regime;
  const source = {
    ...(options.sourceFile ? { file: options.sourceFile } : {}),
    ...(options.provenance?.origin ? { origin: options.provenance.origin } : {}),
    ...(options.provenance?.note ? { note: options.provenance.note } : {}),
    ...(options.provenance?.retrieved ? { retrieved: options.provenance.retrieved } : {}),
  };
  if (Object.keys(source).length > 0) doc.source = source;
  setCompleteness(doc, sources, report);
  if (doc.kind === 'resolution') warnOfUnreadFacts(doc, report);
}

/** A resolution's adoption date, meeting and vote, where the text gave none that could be read: never a silent loss. */
function warnOfUnreadFacts(doc: ResolutionDocument, report: ImportReport): void {
  if (doc.dates?.adopted === undefined) report.add(1, 'warning', 'import-header-date', 'no adoption date was read from the header ("Adopted … on 16 June 1993", "of 16 June 1993")', 'add `dates: { adopted: YYYY-MM-DD }` from the official text');
  if (doc.meeting === undefined) report.add(1, 'warning', 'import-header-meeting', 'no meeting number was read ("at its 3238th meeting")', 'add `meeting:` from the official text');
  if (doc.vote === undefined) report.add(1, 'warning', 'import-header-vote', 'no vote was read: the text has no line "Adopted … by N votes to N" or "Adopted unanimously"', 'add `vote:` from the official record if you have it');
}
