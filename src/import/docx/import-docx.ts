import { diagnostic, START_OF_FILE } from '../../load/diagnostic.js';
import { ImportRefusal } from '../import-refusal.js';
import { importResolution, type ImportOptions, type ImportResult } from '../import-resolution.js';
import { textBlocks } from '../text-blocks.js';
import { writeYaml } from '../write-yaml.js';
import { attachBrackets } from './attach-brackets.js';
import { attachComments } from './attach-comments.js';
import { attachFootnotes } from './attach-footnotes.js';
import { changeDiagnostics } from './change-diagnostics.js';
import { ClauseFinder } from './clause-finder.js';
import { docxLines, type DocxText } from './docx-lines.js';
import { docxParts, type DocxParts } from './docx-parts.js';
import { DocxUnreadable } from './docx-unreadable.js';
import { asNegotiatingText } from './negotiating-text.js';
import { locateInWord, paragraphPlace } from './paragraph-place.js';
import { shownParagraphs, type ShownParagraph } from './shown-paragraphs.js';
import { wordComments } from './word-comments.js';
import { wordFootnotes } from './word-footnotes.js';
import { WordLists } from './word-numbering.js';
import { wordParagraphs } from './word-paragraphs.js';
import { WordStyles } from './word-styles.js';

function readParts(bytes: Uint8Array, file: string): DocxParts {
  try {
    return docxParts(bytes);
  } catch (error) {
    if (!(error instanceof DocxUnreadable)) throw error;
    throw new ImportRefusal([diagnostic(file, START_OF_FILE, 'error', error.code, error.message, error.hint)], 'the file cannot be read as a Word document');
  }
}

/** The first line of each paragraph in the text handed to the importer. */
function firstLines(text: DocxText): Map<ShownParagraph, number> {
  const lines = new Map<ShownParagraph, number>();
  for (const [line, origin] of text.origins) if (!lines.has(origin.paragraph)) lines.set(origin.paragraph, line);
  return lines;
}

/**
 * Imports a Word file (.docx) as a resolution file. The body is read as Word shows it — each
 * paragraph behind its automatic number, tracked changes accepted (or rejected, or written as
 * negotiation brackets: `options.tracked`) — and handed to the plain-text importer as text,
 * one block per paragraph, Word's headings marked; comments become notes on their clause. Every
 * doubt names the paragraph of the Word file and its first words. A file that is no Word
 * document, is encrypted, damaged or unpacks too large is refused with an `ImportRefusal`.
 */
export function importDocx(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const parts = readParts(bytes, options.file);
  const mode = options.tracked ?? 'accept';
  const styles = new WordStyles(parts.styles);
  const paragraphs = shownParagraphs(wordParagraphs(parts.document), mode);
  const text = docxLines(paragraphs, styles, new WordLists(parts.numbering, styles));
  const result = importResolution(text.text, {
    ...options,
    format: 'text',
    readBlocks: (lines) => textBlocks(lines).map((block) => {
      const level = text.headings.get(block.lines[0]?.line ?? 0);
      return level === undefined ? block : { ...block, heading: level };
    }),
  });
  const lineOf = firstLines(text);
  const clauses = new ClauseFinder(result.document, result.clauseLines, new Set(result.setAside.map((s) => s.line)));
  attachComments(result.document, paragraphs, wordComments(parts.comments), lineOf, clauses);
  const footnotes = attachFootnotes(options.file, result.document, paragraphs, wordFootnotes(parts.footnotes));
  const bracketDoubts = mode === 'brackets' ? attachBrackets(options.file, paragraphs, lineOf, clauses) : [];
  const madeFrom = mode === 'brackets' && paragraphs.some((p) => p.changes.some((c) => c.bracket && c.bracket.conflict === undefined)) ? asNegotiatingText(result.document) : undefined;
  if (madeFrom !== undefined) bracketDoubts.push({ ...diagnostic(options.file, START_OF_FILE, 'info', 'docx-negotiating-text', `the tracked changes were written as negotiation brackets: the file is imported as a draft made from ${madeFrom}, not as the adopted resolution`), where: 'the whole document' });
  const numbering = text.doubts.map(({ paragraph, message }) => ({ ...diagnostic(options.file, { line: paragraph.number, col: 1 }, 'warning', 'docx-numbering', message, 'check the number in Word (Format → Bullets and Numbering)'), where: paragraphPlace(paragraph) }));
  const diagnostics = [...locateInWord(result.diagnostics, text.origins), ...changeDiagnostics(options.file, paragraphs, mode), ...numbering, ...footnotes, ...bracketDoubts].sort((a, b) => a.line - b.line || a.col - b.col);
  const paragraphOf = (line: number) => text.origins.get(line)?.paragraph.number ?? line;
  return {
    document: result.document,
    yaml: writeYaml(result.document, options.schemaPath),
    diagnostics,
    setAside: result.setAside.map((s) => ({ ...s, line: paragraphOf(s.line) })),
    clauseLines: new Map([...result.clauseLines].map(([id, line]) => [id, paragraphOf(line)])),
    clausePlaces: new Map([...result.clauseLines].flatMap(([id, line]) => {
      const origin = text.origins.get(line);
      return origin ? [[id, paragraphPlace(origin.paragraph)] as const] : [];
    })),
  };
}
