import { diagnostic, START_OF_FILE, type Diagnostic } from '../../load/diagnostic.js';
import { MAX_FILE_BYTES } from '../../load/read-source.js';
import { ImportRefusal } from '../import-refusal.js';
import { importSourceLines, type ImportOptions, type ImportResult } from '../import-resolution.js';
import { ImportReport } from '../located-input.js';
import { writeYaml } from '../write-yaml.js';
import { bodyLines } from './body-lines.js';
import { readFootnotes } from './footnotes.js';
import { lineRoles, type LineRole } from './line-roles.js';
import { bodyGeometry } from './page-geometry.js';
import { pageLines } from './page-lines.js';
import type { PdfText } from './pdf-item.js';
import { pdfLanguage } from './pdf-language.js';
import type { PdfLine } from './pdf-line.js';
import { atPdfLine, locateInPdf, pdfPlace } from './pdf-place.js';
import { PdfUnreadable } from './pdf-unreadable.js';
import { readPdfText } from './read-pdf-text.js';
import { footnoteNotes, furnitureNotes, type MarkerPlace } from './set-aside-notes.js';

/** Fewer letters than this on a page: the page is an image (a scan), not text. */
const SCANNED_PAGE_LETTERS = 20;

const letters = (lines: readonly PdfLine[]) => lines.reduce((n, line) => n + (line.text.match(/\p{L}/gu)?.length ?? 0), 0);

function refusal(file: string, problem: PdfUnreadable): ImportRefusal {
  const found = diagnostic(file, START_OF_FILE, 'error', `pdf-${problem.problem}`, problem.message, problem.hint);
  return new ImportRefusal([problem.page === undefined ? found : { ...found, where: `page ${problem.page}` }], 'the file cannot be read as a PDF');
}

async function readText(bytes: Uint8Array, file: string): Promise<PdfText> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw refusal(file, new PdfUnreadable('too-large', `the PDF is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB`, 'import the resolution\'s own PDF, not a compilation; or split the file'));
  }
  try {
    return await readPdfText(bytes);
  } catch (error) {
    if (error instanceof PdfUnreadable) throw refusal(file, error);
    throw error;
  }
}

/** Pages pdf.js could not read, each reported; a PDF none of whose pages can be read is refused as damaged. */
function unreadablePages(file: string, text: PdfText): Diagnostic[] {
  const unreadable = text.pages.filter((page) => page.unreadable !== undefined);
  if (unreadable.length > 0 && unreadable.length === text.pages.length) {
    throw refusal(file, new PdfUnreadable('damaged', `the PDF is damaged: the text of none of its pages can be read (${unreadable[0]!.unreadable})`, 'download or export the PDF again'));
  }
  return unreadable.map((page) => ({ ...diagnostic(file, { line: page.number, col: 1 }, 'warning', 'import-pdf-page-damaged', `page ${page.number} is damaged and its text cannot be read (${page.unreadable}): its words are missing from the import`, 'download or export the PDF again, or add the page\'s words by hand'), where: `page ${page.number}` }));
}

/** Pages with (almost) no text, each reported; a PDF none of whose pages has text is a scan, refused. */
function scannedPages(file: string, text: PdfText, lines: ReadonlyArray<readonly PdfLine[]>): Diagnostic[] {
  const empty = lines.flatMap((page, k) => (letters(page) < SCANNED_PAGE_LETTERS && text.pages[k]!.unreadable === undefined ? [k + 1] : []));
  if (lines.length === 0 || empty.length === text.pages.filter((page) => page.unreadable === undefined).length) {
    const pages = lines.length === 1 ? 'its page is an image' : `its ${lines.length} pages are images`;
    throw refusal(file, new PdfUnreadable('no-text', `the PDF has no text layer: ${pages}, as in a scan, and its words cannot be read`, 'run OCR on it first (for example `ocrmypdf in.pdf out.pdf`), or import the text an OCR program gives (`bluedraft import FILE.txt`)'));
  }
  return empty.map((page) => ({ ...diagnostic(file, { line: page, col: 1 }, 'warning', 'import-pdf-no-text', `page ${page} has no text (an image, perhaps a scanned page): any words on it are missing from the import`, 'run OCR on the page and add its words by hand'), where: `page ${page}` }));
}

/** Where each footnote marker taken out of the running text stood. */
function markerPlaces(body: ReadonlyArray<readonly PdfLine[]>): MarkerPlace[] {
  return body.flat().flatMap((line) => line.markers.map((m) => ({ line, offset: m.offset, marker: m.text })));
}

/**
 * Imports a PDF of a resolution in the published UN layout as a resolution file. pdf.js reads
 * the text with its place on the page; lines are rebuilt by position; the running header and
 * footer (found by repetition and by the plain-text reader's patterns for job numbers, bar codes
 * and page marks) and the footnotes (set smaller at the foot of the page) are kept in `notes`;
 * the running text, with a blank line wherever the layout ends a paragraph, goes to the
 * plain-text importer. Every doubt names the page, the line on it and its words. A file that is
 * not a PDF, is encrypted, damaged, too large or a scan without text is refused with an
 * `ImportRefusal`.
 */
export async function importPdf(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const text = await readText(bytes, options.file);
  const damaged = unreadablePages(options.file, text);
  const lines = text.pages.map(pageLines);
  const empty = scannedPages(options.file, text, lines);
  const geometry = bodyGeometry(lines);
  const roles = lineRoles(text.pages, lines, geometry);
  const having = (kind: LineRole['kind']) => lines.map((page) => page.filter((line) => roles.get(line)?.kind === kind));
  const body = having('body');
  const source = bodyLines(body, geometry);
  const report = new ImportReport(options.file);
  const result = importSourceLines(source.lines, report, { ...options, format: 'text' });

  const furniture = furnitureNotes(options.file, lines.flat().flatMap((line) => {
    const role = roles.get(line);
    return role?.kind === 'furniture' ? [{ line, role }] : [];
  }));
  const footnotes = footnoteNotes(options.file, having('footnote').flatMap(readFootnotes), markerPlaces(body));
  const { language, how } = pdfLanguage(source.lines.map((l) => l.text).join('\n'), text.lang);
  const document = result.document;
  document.language = language;
  const notes = [...(document.notes ?? []), ...furniture.notes, ...footnotes.notes];
  if (notes.length > 0) document.notes = notes;
  const rotated = text.pages.filter((page) => page.rotated > 0).map((page) => ({ ...diagnostic(options.file, { line: page.number, col: 1 }, 'warning', 'import-pdf-rotated', `page ${page.number} has ${page.rotated} piece${page.rotated === 1 ? '' : 's'} of text set at an angle (a watermark, a turned table): left out`, 'if it is part of the resolution, add it by hand'), where: `page ${page.number}` }));
  const first = body.flat()[0];
  const languageNote = first ? [atPdfLine(diagnostic(options.file, START_OF_FILE, 'info', 'import-pdf-language', `the text is read as \`language: ${language}\`: ${how}`, 'if it is another language, correct `language`'), first)] : [];
  const pageOf = (line: number) => source.placeOf.get(line)?.page ?? line;
  const diagnostics = [...locateInPdf(result.diagnostics, source.placeOf), ...furniture.diagnostics, ...footnotes.diagnostics, ...damaged, ...empty, ...rotated, ...languageNote].sort((a, b) => a.line - b.line || a.col - b.col);
  return {
    document,
    yaml: writeYaml(document, options.schemaPath),
    diagnostics,
    setAside: [...result.setAside.map((s) => ({ ...s, line: pageOf(s.line) })), ...furniture.setAside, ...footnotes.setAside].sort((a, b) => a.line - b.line),
    clauseLines: new Map([...result.clauseLines].map(([id, line]) => [id, pageOf(line)])),
    clausePlaces: new Map([...result.clauseLines].flatMap(([id, line]) => {
      const place = source.placeOf.get(line);
      return place ? [[id, pdfPlace(place)] as const] : [];
    })),
  };
}
