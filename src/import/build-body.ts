import type { Annex, OperativeParagraph, PreambularParagraph, ResolutionDocument, ResolutionPart, Subparagraph } from '../model/document.js';
import type { Position } from '../model/location.js';
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
import { positionAt, type ImportReport, type LocatedText, type SourceLine } from './located-input.js';
import { lastClause } from './last-clause.js';
import { reportMisreading } from './read-header.js';
import { partLabel } from './part-label.js';
import { ANNEX_LINE, FOOTNOTE, isHeadingLine, isOperativeOpener, isPreambleOpener, labelStart, numberStart, OPENING, PAGE_NUMBER, VOTE_LINE, type LabelStart, type NumberStart } from './patterns.js';
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
  const opensParagraph = next.numberRead ? next.paragraphNumber !== undefined : opensOperativeParagraph(firstLine(next));
  return (next.ordinal !== undefined && (next.depth ?? 0) === 0) || (next.heading === undefined && next.depth === undefined && next.bullet !== true && opensParagraph);
}

/** Reads the blocks of the body, one at a time, into the document's preamble, operative paragraphs, annexes and vote. */
class BodyBuilder {
  private mode: BodyMode = 'preamble';
  /** The number the next operative paragraph should have. */
  private expected = 1;
  private annex: Annex | undefined;
  private pendingHeading: { text: string; line: number; block: Block } | undefined;
  /** The part (A, B, C …) being read, in a resolution divided into parts. */
  private part: ResolutionPart | undefined;
  /** A part's label was just read: its title may follow, and its numbering may start again at 1. */
  private partOpened = false;
  /** The block just read was a part's label. */
  private titleMayFollow = false;
  /** Operative ids in a part whose numbering starts again are qualified by the part: `part_b_op_1`. */
  private idPrefix = '';
  readonly notes: string[] = [];
  readonly closing: string[] = [];

  constructor(private readonly doc: ResolutionDocument, private readonly context: BodyContext) {}

  read(block: Block, next: Block | undefined): void {
    const { report } = this.context;
    const whole = blockText(block.lines, report);
    const read: ReadBlock = { block, first: firstLine(block), line: block.lines[0]!.line, whole, start: block.marker ?? positionAt(whole, 0) };
    const { first, line } = read;
    if (this.mode !== 'closing' && VOTE_LINE.test(first) && (this.doc.operative.length > 0 || this.doc.preamble.length > 0)) return this.readVoteLine(block);
    if (this.mode === 'closing') return this.keepTrailing(block.lines, whole.text);
    if (this.mode !== 'annex' && OPENING.test(first) && block.lines.length === 1) {
      // "The Security Council," again: a part's own preamble starts.
      report.setLinesAside(block.lines, 'opening');
      if (this.part) this.mode = 'preamble';
      return;
    }
    const label = this.mode === 'annex' ? undefined : partLabel(block);
    if (label !== undefined) return this.openPart(label, block);
    const titleMayFollow = this.titleMayFollow;
    this.titleMayFollow = false;
    if (titleMayFollow && this.readPartTitle(block, whole)) return;
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
    if ((annexMatch && block.lines.length === 1) || (block.heading !== undefined && /^(?:annex|appendix)\b/i.test(first))) return this.openAnnex(first, annexMatch?.[1], line);
    if (this.mode === 'annex' && this.annex) return readAnnexBlock(this.annex, block, whole);
    if (block.heading !== undefined) return this.holdHeading({ text: whole.text, line, block });
    if (isPlainHeading(block, next, this.mode)) return this.holdHeading({ text: first, line, block });
    if (first.startsWith(SUMMARY_OF_ABOVE_MARK) && this.readSummaryOfAbove(read)) return;
    this.readClause(read);
  }

  /** "A", "Part B": a part of the resolution starts; what follows belongs to it until the next. */
  private openPart(label: string, block: Block): void {
    const id = this.context.ids.take(`part_${label.toLowerCase()}`, block.lines[0]!.line);
    this.part = { id, label };
    this.doc.parts = [...(this.doc.parts ?? []), this.part];
    this.partOpened = true;
    this.titleMayFollow = true;
    this.mode = 'preamble';
  }

  /** The line after a part's label that is no paragraph: the part's title ("Arms embargo"). */
  private readPartTitle(block: Block, whole: LocatedText): boolean {
    const line = firstLine(block);
    const title = block.heading !== undefined ? whole.text : block.lines.length === 1 && isHeadingLine(line, { inPreamble: true }) ? line : undefined;
    if (title === undefined || this.part!.title !== undefined) return false;
    this.part!.title = title;
    this.context.report.add(block.lines[0]!.line, 'info', 'import-part', `read as the title of part ${this.part!.label}: "${title}"`);
    return true;
  }

  /** Puts a paragraph in the part being read. */
  private inPart<T extends PreambularParagraph | OperativeParagraph>(paragraph: T): T {
    if (this.part) paragraph.part = this.part.id;
    return paragraph;
  }

  /** Text after the vote line (`text`, the words of `lines`) is no part of the resolution: it is kept in `notes`. */
  private keepTrailing(lines: readonly SourceLine[], text: string): void {
    this.context.report.setLinesAside(lines, 'trailing-text');
    this.closing.push(text);
    this.context.report.add(lines[0]!.line, 'info', 'import-trailing-text', `text after the vote line is not part of the resolution; it is kept in \`notes\`: "${text}"`);
  }

  /** The vote line ends the resolution: the record is read, and what follows it is kept in `notes`. */
  private readVoteLine(block: Block): void {
    const end = block.lines.findIndex((l) => /\.\s*$/.test(l.text));
    const recordLines = end >= 0 ? block.lines.slice(0, end + 1) : block.lines;
    const after = block.lines.slice(recordLines.length);
    this.context.report.setLinesAside(recordLines, 'vote');
    if (after.length > 0) this.keepTrailing(after, joinedText(after));
    const { vote, meeting, misreadings } = readVote(joinedText(recordLines));
    for (const misreading of misreadings) reportMisreading(misreading, recordLines[0]!.line, this.context.report);
    this.doc.vote = { ...this.doc.vote, ...vote };
    if (meeting !== undefined) this.doc.meeting ??= meeting;
    this.mode = 'closing';
  }

  private openAnnex(label: string, numeral: string | undefined, line: number): void {
    const kind = /^appendix/i.test(label) ? 'appendix' : 'annex';
    const id = this.context.ids.take(`${kind}_${numeral?.toLowerCase() ?? (this.doc.annexes?.length ?? 0) + 1}`, line);
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
    const paragraph: OperativeParagraph = this.inPart({ id: this.context.ids.take(`${this.idPrefix}op_${this.expected}`, start) });
    this.takeHeading(paragraph);
    this.context.texts.give(whole, paragraph);
    this.doc.operative.push(paragraph);
    this.expected++;
  }

  private addPreambular(words: LocatedText, start: Position, id?: string): void {
    const paragraph: PreambularParagraph = this.inPart({ id: this.context.ids.take(id ?? `pp_${this.doc.preamble.length + 1}`, start) });
    this.context.texts.give(words, paragraph);
    this.doc.preamble.push(paragraph);
  }

  /** A preambular, operative or subparagraph clause: by its number, label, editorial mark, or where it stands. */
  private readClause(read: ReadBlock): void {
    const { block, first, whole, start } = read;
    const { report, ids, texts } = this.context;
    const number: NumberStart | undefined = block.ordinal !== undefined ? { number: block.ordinal, printed: `${block.ordinal}.`, listStyle: false, length: 0 } : block.numberRead ? block.paragraphNumber : numberStart(first);
    const label = number ? undefined : (block.listLabel ?? labelStart(first));
    const prefix = number?.length ?? label?.length ?? 0;
    const { mark, words, parent } = clauseMark(whole, prefix, { mode: this.mode, numbered: number !== undefined, labelled: label !== undefined, depth: block.depth ?? 0, doc: this.doc }, (message, at) => report.add(at, 'warning', 'import-editorial-mark', message, 'print the mark as `bluedraft render` does: "(Paragraph number not confirmed; clause op_seafood_ban.)"'));

    if (mark?.kind === 'preamble') return this.addPreambular(words, start, mark.id);
    if (mark?.kind === 'operative' && !number) {
      this.mode = 'operative';
      const paragraph: OperativeParagraph = this.inPart({ id: ids.take(mark.id ?? `${this.idPrefix}op_${this.expected}`, start) });
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
    if (number && (block.depth ?? 0) === 0) return this.addNumbered(number, words, start, block, mark?.id, mark?.numberStatus);
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

  private addNumbered(number: NumberStart, words: LocatedText, start: Position, block: Block, markId: string | undefined, numberStatus: OperativeParagraph['numberStatus']): void {
    const { report, ids, texts } = this.context;
    if (this.mode === 'preamble' && this.doc.preamble.length === 0 && this.doc.operative.length === 0 && !this.context.openingFound) report.add(start, 'info', 'import-no-preamble', 'the text starts with numbered paragraphs: no preambular paragraphs were found');
    this.mode = 'operative';
    if (number.listStyle) report.add(start, 'warning', 'import-list-numbering', `"${number.printed}" is the numbering of a word processor's list; read as operative paragraph ${number.number}`, 'official texts number operative paragraphs "1.", "2." …');
    if (this.part && this.partOpened && number.number === 1 && this.expected > 1) {
      // The part numbers its paragraphs from 1 again (S/RES/101 (1953)): ids are qualified by the part.
      this.expected = 1;
      this.idPrefix = `${this.part.id}_`;
    }
    this.partOpened = false;
    const { expected } = this;
    if (number.number !== expected) {
      const what = this.doc.operative.some((p) => p.number === number.number) ? 'a duplicate of an earlier number' : number.number < expected ? 'out of order' : `a gap: ${expected}${number.number - 1 > expected ? `–${number.number - 1}` : ''} missing`;
      report.add(start, 'warning', 'import-numbering', `operative paragraph ${number.number} comes where ${expected} was expected (${what}); kept as printed`, 'check the numbering against the official text');
    }
    const paragraph: OperativeParagraph = this.inPart({ id: ids.take(markId ?? `${this.idPrefix}op_${number.number}`, start), number: number.number });
    if (numberStatus) paragraph.numberStatus = numberStatus;
    this.takeHeading(paragraph);
    // "10. (a) The Government …": the paragraph opens straight into its first subparagraph.
    const label = labelStart(words.text);
    if (label && ['a', 'i', '1', 'A'].includes(label.label)) addSubparagraph(paragraph, block, { whole: words, start: positionAt(words, 0), label }, this.context);
    else texts.give(words, paragraph, number.number);
    if (number.corrected) {
      addCorrection(paragraph, { original: number.printed, corrected: number.corrected, reason: number.reason ?? NUMBER_READING.paragraph });
      report.add(start, 'warning', 'import-ocr-number', `"${number.printed}" read as paragraph number "${number.corrected}"; the correction is recorded`);
    }
    if (number.supplied) paragraph.note = `The number ${number.number} ${NUMBER_READING.supplied}: it is read from the numbering around the paragraph.`;
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

  /** A heading waits for the operative paragraph it heads; one still waiting when another comes heads nothing. */
  private holdHeading(heading: { text: string; line: number; block: Block }): void {
    this.keepOrphanHeading();
    this.pendingHeading = heading;
  }

  /** Ends the body: a heading left with no paragraph under it is kept in `notes`. */
  finish(): Body {
    this.keepOrphanHeading();
    return { notes: this.notes, closing: this.closing };
  }

  /** A heading with no operative paragraph after it is kept in `notes`, never lost. */
  private keepOrphanHeading(): void {
    if (this.pendingHeading !== undefined) {
      this.context.report.setLinesAside(this.pendingHeading.block.lines, 'orphan-heading');
      this.notes.push(`Heading in the source (line ${this.pendingHeading.line}) with no operative paragraph after it: "${this.pendingHeading.text}"`);
      this.context.report.add(this.pendingHeading.line, 'warning', 'import-heading-orphan', `the heading "${this.pendingHeading.text}" stands above no operative paragraph: it is kept in \`notes\``, 'move it above the paragraph it heads');
      this.pendingHeading = undefined;
    }
  }
}

/** Builds the body of a resolution (preamble, operative paragraphs, annexes, vote) into `doc` from blocks of text; every doubt is reported at its input line. */
export function buildBody(doc: ResolutionDocument, blocks: readonly Block[], context: BodyContext): Body {
  const builder = new BodyBuilder(doc, context);
  blocks.forEach((block, index) => builder.read(block, blocks[index + 1]));
  return builder.finish();
}
