import type { Diagnostic } from '../load/diagnostic.js';
import type { ResolutionDocument } from '../model/document.js';
import { buildBody } from './build-body.js';
import { ClauseTexts } from './clause-texts.js';
import { setDocumentFacts, type DocumentOptions } from './document-facts.js';
import { ImportReport, type SetAsideLine, type SourceLine } from './located-input.js';
import { markdownBlocks } from './markdown-blocks.js';
import { joinPageBreaks } from './page-breaks.js';
import { removePageFurniture } from './page-furniture.js';
import { readParagraphNumbers } from './paragraph-numbers.js';
import { proposeEffects } from './propose-effects.js';
import { readHeader } from './read-header.js';
import { splitSourceLines } from './source-lines.js';
import { textBlocks, type Block } from './text-blocks.js';
import { UniqueIds } from './unique-ids.js';
import { writeYaml } from './write-yaml.js';

export type ImportFormat = 'text' | 'md';

export interface ImportOptions {
  /** The input's name, for diagnostics. */
  file: string;
  format: ImportFormat;
  regime?: string;
  /** `source.file`: the input, relative to where the YAML will be written. */
  sourceFile?: string;
  /** The schema, relative to where the YAML will be written. */
  schemaPath: string;
  /** A reader that knows its own paragraphs (a Word file): groups the lines into blocks instead of the text or Markdown reader. */
  readBlocks?: (lines: readonly SourceLine[]) => Block[];
  /** Word's tracked changes: the text with all accepted (default), all rejected, or each as a negotiation bracket. */
  tracked?: TrackedChanges;
}

export type TrackedChanges = 'accept' | 'reject' | 'brackets';

export interface ImportResult {
  document: ResolutionDocument;
  yaml: string;
  /** Every doubt, located at the input line it comes from. */
  diagnostics: Diagnostic[];
  /** The input lines kept out of every clause's text (header, opening, vote, footnotes, page marks …), in input order. */
  setAside: SetAsideLine[];
  /** The input line each clause's words start on, by clause id. */
  clauseLines: Map<string, number>;
  /**
   * Where each clause's words start, in words, for inputs without lines (a Word paragraph, a
   * PDF page and line): there `clauseLines` holds paragraph or page numbers, which must not be
   * shown as a line.
   */
  clausePlaces?: Map<string, string>;
}

const PROVENANCE_KEY = /^(symbol|source|completeness|retrieved-via|retrieved):\s*(.*)$/;

/**
 * The provenance header of a kept source text: "symbol: …", "source: …", "completeness: …"
 * lines, then a blank line. Returns its facts and the number of lines it takes.
 */
export function readProvenance(lines: readonly SourceLine[]): { provenance: NonNullable<DocumentOptions['provenance']>; length: number } {
  const provenance: NonNullable<DocumentOptions['provenance']> = {};
  let k = 0;
  while (k < lines.length) {
    const match = PROVENANCE_KEY.exec(lines[k]!.text);
    if (!match) break;
    const [, key, value] = match;
    if (key === 'symbol') provenance.symbol = value!;
    else if (key === 'source') provenance.origin = value!;
    else if (key === 'completeness') provenance.note = value!;
    else provenance.retrieved = provenance.retrieved ? `${provenance.retrieved}; ${value}` : value!;
    k++;
  }
  if (k === 0) return { provenance, length: 0 };
  while (k < lines.length && lines[k]!.text.trim() === '') k++;
  return { provenance, length: k };
}

/** Imports the official text of a resolution or draft (plain text or Markdown) as a resolution file. */
export function importResolution(input: string, options: ImportOptions): ImportResult {
  const report = new ImportReport(options.file);
  return importSourceLines(splitSourceLines(input, report), report, options);
}

/** The import of lines another reader has already taken from its input (a PDF's running text), its doubts added to that reader's `report`. */
export function importSourceLines(lines: readonly SourceLine[], report: ImportReport, options: ImportOptions): ImportResult {
  const { provenance, length } = readProvenance(lines);
  report.setLinesAside(lines.slice(0, length), 'header');
  const furniture = removePageFurniture(lines.slice(length), report);
  const text = furniture.lines;
  const blocks = options.readBlocks ? options.readBlocks(text) : options.format === 'md' ? markdownBlocks(text, report) : textBlocks(text);
  if (blocks.length === 0) report.add(1, 'warning', 'import-empty', 'the input holds no text to import');

  const header = readHeader(blocks, report);
  const rest = blocks.slice(header.bodyStart);
  // `bluedraft render`, whose notice this text carries, never divides a paragraph: there a fragment of official wording may end mid-sentence before a heading.
  const bodyBlocks = readParagraphNumbers(header.noticed === undefined ? joinPageBreaks(rest, report) : rest, report, { rendered: header.noticed !== undefined });
  const document: ResolutionDocument = { kind: 'resolution', status: 'adopted', language: 'en', completeness: 'full', preamble: [], operative: [] };
  const texts = new ClauseTexts(report);
  const body = buildBody(document, bodyBlocks, { report, texts, ids: new UniqueIds(report), openingFound: header.openingFound });
  const facts: DocumentOptions = { provenance };
  if (options.regime) facts.regime = options.regime;
  if (options.sourceFile) facts.sourceFile = options.sourceFile;
  setDocumentFacts(document, { header, options: facts, lastLine: bodyBlocks.at(-1)?.lines.at(-1)?.line ?? 1 }, report);
  const notes = [...header.notes, ...furniture.notes, ...body.notes, ...body.closing.map((text) => `Source text after the vote line, not part of the resolution: "${text}"`)];
  proposeEffects(document, texts, report);
  if (notes.length > 0) document.notes = notes;

  const diagnostics = report.diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return { document, yaml: writeYaml(document, options.schemaPath), diagnostics, setAside: report.setAside.sort((a, b) => a.line - b.line), clauseLines: texts.inputLines() };
}
