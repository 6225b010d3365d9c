import type { Annex, OperativeParagraph, PreambularParagraph, ResolutionDocument, Subparagraph } from '../model/document.js';
import type { Position } from '../load/locate.js';
import { readSummary, SUMMARY_OF_ABOVE_MARK } from '../text/editorial-marks.js';
import { addCorrection } from './add-correction.js';
import { NUMBER_READING } from './number-reading.js';
import { addSubparagraph } from './add-subparagraph.js';
import { readAnnexBlock } from './annex-block.js';
import { blockText, joinedText } from './block-text.js';
import { isEditorial } from './body-start.js';
import type { BodyMode } from './body-mode.js';
import { clauseMark } from './clause-mark.js';
import type { ClauseTexts } from './clause-texts.js';
import { readVote } from './header.js';
import { positionAt, type ImportReport, type LocatedText } from './import-context.js';
import { lastClause } from './last-clause.js';
import { reportMisreading } from './read-header.js';
import { ANNEX_LINE, FOOTNOTE, isHeadingLine, isOperativeOpener, isPreambleOpener, labelStart, numberStart, PAGE_NUMBER, VOTE_LINE, type LabelStart, type NumberStart } from './patterns.js';
import { firstLine, opensOperativeParagraph, type Block } from './text-blocks.js';
import type { UniqueIds } from './unique-ids.js';

/** What building the body needs: the report, the ids given so far, where clauses get their words, and whether the opening words were found. */
export interface BodyContext {
  report: ImportReport;
  ids: UniqueIds;
  texts: ClauseTexts;
  openingFound: boolean;
}

/** What the body gave besides its clauses: notes on what is in no clause, and the text after the vote line. */
export interface Body {
  notes: string[];
  closing: string[];
}

/** One block of the body as read: its first line, its words, and where they start. */
interface ReadBlock {
  block: Block;
  first: string;
  line: number;
  whole: LocatedText;
  /** Where the block's first words stand: its number or label, or a Markdown list item's marker. */
  start: Position;
}

/**
 * A heading above an operative paragraph where no Markdown `###` marks it: one heading-shaped line
 * (`isHeadingLine`) standing alone, before a paragraph that opens an operative paragraph.
 */
function isPlainHeading(block: Block, next: Block | undefined, mode: BodyMode): boolean {
  if (block.lines.length !== 1 || block.ordinal !== undefined || block.bullet === true || block.depth !== undefined || next === undefined) return false;
  const line = firstLine(block);
  if (isEditorial(line) || !isHeadingLine(line, { inPreamble: mode === 'preamble' })) return false;
  return (next.ordinal !== undefined && (next.depth ?? 0) === 0) || (next.heading === undefined && next.depth === undefined && next.bullet !== true && opensOperativeParagraph(firstLine(next)));
}

/** Reads the blocks of the body, one at a time, into the document's preamble, operative paragraphs, annexes and vote. */
class BodyBuilder {
  private mode: BodyMode = 'preamble';
  /** The number the next operative paragraph should have. */
  private expected = 1;
  private annex: Annex | undefined;
  private pendingHeading: { text: string; line: number; block: Block } | undefined;
  readonly notes: string[] = [];
  readonly closing: string[] = [];

  constructor(private readonly doc: ResolutionDocument, private readonly context: BodyContext) {}

  read(block: Block, next: Block | undefined): void {
    const { report } = this.context;
    const whole = blockText(block.lines, report);
    const read: ReadBlock = { block, first: firstLine(block), line: block.lines[0]!.line, whole, start: block.marker ?? positionAt(whole, 0) };
    const { first, line } = read;
    if (this.mode !== 'closing' && VOTE_LINE.test(first) && (this.doc.operative.length > 0 || this.doc.preamble.length > 0)) return this.readVoteLine(block);
    if (this.mode === 'closing') {
      report.setLinesAside(block.lines, 'trailing-text');
      this.closing.push(whole.text);
      report.add(line, 'info', 'import-trailing-text', `text after the vote line is not part of the resolution; it is kept in \`notes\`: "${whole.text}"`);
      return;
    }
    if (PAGE_NUMBER.test(first) && block.lines.length === 1) {
      report.setLinesAside(block.lines, 'page-number');
      this.notes.push(`Line ${line} of the source, "${first}", looks like a page number and is not part of any clause.`);
      report.add(line, 'warning', 'import-page-number', `"${first}" stands alone on its line: read as a page number and kept in \`notes\`, not in a clause`, 'if it is a label or part of the text, move it into the clause');
      return;
    }
    if (FOOTNOTE.test(first)) {
      report.setLinesAside(block.lines, 'footnote');
      this.notes.push(`Footnote in the source (line ${line}): "${whole.text}"`);
      report.add(line, 'info', 'import-footnote', `read as a footnote and kept in \`notes\`: "${whole.text}"`);
      return;
    }
    const annexMatch = ANNEX_LINE.exec(first);
    if ((annexMatch && block.lines.length === 1) || (block.heading !== undefined && /^annex\b/i.test(first))) return this.openAnnex(first, annexMatch?.[1], line);
    if (this.mode === 'annex' && this.annex) return readAnnexBlock(this.annex, block, whole);
    if (block.heading !== undefined) {
      this.pendingHeading = { text: whole.text, line, block };
      return;
    }
    if (isPlainHeading(block, next, this.mode)) {
      this.pendingHeading = { text: first, line, block };
      return;
    }
    if (first.startsWith(SUMMARY_OF_ABOVE_MARK) && this.readSummaryOfAbove(read)) return;
    this.readClause(read);
  }

  /** The vote line ends the resolution: the record is read, and what follows it is kept in `notes`. */
  private readVoteLine(block: Block): void {
    const end = block.lines.findIndex((l) => /\.\s*$/.test(l.text));
    const recordLines = end >= 0 ? block.lines.slice(0, end + 1) : block.lines;
    const after = block.lines.slice(recordLines.length);
    this.context.report.setLinesAside(recordLines, 'vote');
    if (after.length > 0) {
      this.context.report.setLinesAside(after, 'trailing-text');
      const trailing = joinedText(after);
      this.closing.push(trailing);
      this.context.report.add(after[0]!.line, 'info', 'import-trailing-text', `text after the vote line is not part of the resolution; it is kept in \`notes\`: "${trailing}"`);
    }
    const { vote, meeting, misreading } = readVote(joinedText(recordLines));
    if (misreading) reportMisreading(misreading, recordLines[0]!.line, this.context.report);
    this.doc.vote = { ...this.doc.vote, ...vote };
    if (meeting !== undefined) this.doc.meeting ??= meeting;
    this.mode = 'closing';
  }

  private openAnnex(label: string, numeral: string | undefined, line: number): void {
    const id = this.context.ids.take(`annex_${numeral?.toLowerCase() ?? (this.doc.annexes?.length ?? 0) + 1}`, line);
    this.annex = { id, label, items: [] };
    this.doc.annexes = [...(this.doc.annexes ?? []), this.annex];
    this.mode = 'annex';
  }

  /** Our summary of the clause above, as `bluedraft render` prints it; false when it cannot be put there. */
  private readSummaryOfAbove({ whole, start }: ReadBlock): boolean {
    const summary = readSummary(whole.text, SUMMARY_OF_ABOVE_MARK);
    const above = lastClause(this.doc);
    if (summary && above?.text !== undefined && !above.summary) {
      above.summary = summary;
      return true;
    }
    this.context.report.add(start, 'warning', 'import-editorial-summary', summary ? 'this editorial summary has no clause with official wording above it: its words are kept as a clause\'s text' : 'this editorial summary does not end with its sources as `bluedraft render` prints them ("(sources: …; status: …)"): its words are kept as a clause\'s text', 'move it into the `summary` of the clause it belongs to');
    return false;
  }

  private takeHeading(paragraph: OperativeParagraph): void {
    if (this.pendingHeading !== undefined) paragraph.heading = this.pendingHeading.text;
    this.pendingHeading = undefined;
  }

  /** A block that opens with an operative verb but carries no number: kept as an unnumbered operative paragraph. */
  private addUnnumbered(whole: LocatedText, start: Position, hint: string): void {
    this.context.report.add(start, 'warning', 'import-missing-number', 'this paragraph opens with an operative verb but has no number; read as an unnumbered operative paragraph', hint);
    const paragraph: OperativeParagraph = { id: this.context.ids.take(`op_${this.expected}`, start) };
    this.takeHeading(paragraph);
    this.context.texts.give(whole, paragraph);
    this.doc.operative.push(paragraph);
    this.expected++;
  }

  private addPreambular(words: LocatedText, start: Position, id?: string): void {
    const paragraph: PreambularParagraph = { id: this.context.ids.take(id ?? `pp_${this.doc.preamble.length + 1}`, start) };
    this.context.texts.give(words, paragraph);
    this.doc.preamble.push(paragraph);
  }

  /** A preambular, operative or subparagraph clause: by its number, label, editorial mark, or where it stands. */
  private readClause(read: ReadBlock): void {
    const { block, first, whole, start } = read;
    const { report, ids, texts } = this.context;
    const number: NumberStart | undefined = block.ordinal !== undefined ? { number: block.ordinal, printed: `${block.ordinal}.`, listStyle: false, length: 0 } : numberStart(first);
    const label = number ? undefined : labelStart(first);
    const prefix = number?.length ?? label?.length ?? 0;
    const { mark, words, parent } = clauseMark(whole, prefix, { mode: this.mode, numbered: number !== undefined, labelled: label !== undefined, depth: block.depth ?? 0, doc: this.doc }, (message, at) => report.add(at, 'warning', 'import-editorial-mark', message, 'print the mark as `bluedraft render` does: "(Paragraph number not confirmed; clause op_seafood_ban.)"'));

    if (mark?.kind === 'preamble') return this.addPreambular(words, start, mark.id);
    if (mark?.kind === 'operative' && !number) {
      this.mode = 'operative';
      const paragraph: OperativeParagraph = { id: ids.take(mark.id ?? `op_${this.expected}`, start) };
      if (mark.numberStatus) paragraph.numberStatus = mark.numberStatus;
      this.takeHeading(paragraph);
      texts.give(words, paragraph);
      this.doc.operative.push(paragraph);
      return;
    }
    if (mark?.kind === 'subparagraph' && parent) {
      const sub: Subparagraph = { id: ids.take(mark.id ?? `${parent.clause.id}__${label!.label}`, start) };
      if (label) sub.number = label.label;
      if (mark.numberStatus) sub.numberStatus = mark.numberStatus;
      texts.give(words, sub, this.doc.operative[parent.at[1] as number]!.number);
      (parent.clause.subparagraphs ??= []).push(sub);
      return;
    }
    if (number && (block.depth ?? 0) === 0) return this.addNumbered(number, words, start, mark?.id, mark?.numberStatus);
    if (this.mode === 'operative' && (label || block.depth !== undefined || block.bullet)) {
      addSubparagraph(this.currentParagraph(), block, { whole, start, label }, this.context);
      return;
    }
    if (this.mode === 'preamble') return this.readPreambleBlock(read, label);

    // Operative mode, a block with neither number nor label.
    const paragraph = this.currentParagraph();
    if (isOperativeOpener(first) && !paragraph.subparagraphs) return this.addUnnumbered(whole, start, 'number it, or join it to the paragraph above');
    addSubparagraph(paragraph, block, { whole, start }, this.context);
  }

  private currentParagraph(): OperativeParagraph {
    return this.doc.operative.at(-1)!;
  }

  private addNumbered(number: NumberStart, words: LocatedText, start: Position, markId: string | undefined, numberStatus: OperativeParagraph['numberStatus']): void {
    const { report, ids, texts } = this.context;
    if (this.mode === 'preamble' && this.doc.preamble.length === 0 && this.doc.operative.length === 0 && !this.context.openingFound) report.add(start, 'info', 'import-no-preamble', 'the text starts with numbered paragraphs: no preambular paragraphs were found');
    this.mode = 'operative';
    if (number.listStyle) report.add(start, 'warning', 'import-list-numbering', `"${number.printed}" is the numbering of a word processor's list; read as operative paragraph ${number.number}`, 'official texts number operative paragraphs "1.", "2." …');
    const { expected } = this;
    if (number.number !== expected) {
      const what = this.doc.operative.some((p) => p.number === number.number) ? 'a duplicate of an earlier number' : number.number < expected ? 'out of order' : `a gap: ${expected}${number.number - 1 > expected ? `–${number.number - 1}` : ''} missing`;
      report.add(start, 'warning', 'import-numbering', `operative paragraph ${number.number} comes where ${expected} was expected (${what}); kept as printed`, 'check the numbering against the official text');
    }
    const paragraph: OperativeParagraph = { id: ids.take(markId ?? `op_${number.number}`, start), number: number.number };
    if (numberStatus) paragraph.numberStatus = numberStatus;
    this.takeHeading(paragraph);
    texts.give(words, paragraph, number.number);
    if (number.corrected) {
      addCorrection(paragraph, { original: number.printed, corrected: number.corrected, reason: NUMBER_READING.paragraph });
      report.add(start, 'warning', 'import-ocr-number', `"${number.printed}" read as paragraph number "${number.corrected}"; the correction is recorded`);
    }
    this.doc.operative.push(paragraph);
    this.expected = number.number + 1;
  }

  /** A block of the preamble with no number: a preambular paragraph, or the first, unnumbered, operative paragraph. */
  private readPreambleBlock({ first, whole, start, block }: ReadBlock, label: LabelStart | undefined): void {
    if (isOperativeOpener(first) && !isPreambleOpener(first)) {
      this.mode = 'operative';
      return this.addUnnumbered(whole, start, 'number the operative paragraphs 1, 2, 3 …');
    }
    if (!isPreambleOpener(first) && !label && !block.emphasisedOpener && this.doc.preamble.length > 0) {
      this.context.report.add(start, 'info', 'import-preamble-opener', `this preambular paragraph does not open with a participle ("${first.split(/\s+/).slice(0, 3).join(' ')} …")`, 'check that it is a paragraph of its own');
    }
    this.addPreambular(whole, start);
  }

  /** Ends the body: a heading left with no paragraph under it is kept in `notes`. */
  finish(): Body {
    if (this.pendingHeading !== undefined) {
      this.context.report.setLinesAside(this.pendingHeading.block.lines, 'orphan-heading');
      this.notes.push(`Heading in the source (line ${this.pendingHeading.line}) with no operative paragraph after it: "${this.pendingHeading.text}"`);
      this.context.report.add(this.pendingHeading.line, 'warning', 'import-heading-orphan', `the heading "${this.pendingHeading.text}" stands above no operative paragraph: it is kept in \`notes\``, 'move it above the paragraph it heads');
    }
    return { notes: this.notes, closing: this.closing };
  }
}

/** Builds the body of a resolution (preamble, operative paragraphs, annexes, vote) into `doc` from blocks of text; every doubt is reported at its input line. */
export function buildBody(doc: ResolutionDocument, blocks: readonly Block[], context: BodyContext): Body {
  const builder = new BodyBuilder(doc, context);
  blocks.forEach((block, index) => builder.read(block, blocks[index + 1]));
  return builder.finish();
}
