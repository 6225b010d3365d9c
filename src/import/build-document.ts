import type { Annex, AnnexItem, Clause, Completeness, Correction, OperativeParagraph, PreambularParagraph, Reference, ResolutionDocument, Subparagraph } from '../model/document.js';
import { formatCitation } from '../model/citation.js';
import { expectedLabel, styleOf } from '../validate/numbering.js';
import { readClauseMark, readNotice, readSummary, SUMMARY_MARK, SUMMARY_OF_ABOVE_MARK, type ClauseMark } from '../text/editorial-marks.js';
import { joinLines } from '../text/join-lines.js';
import { walkOperative, type WalkedClause } from '../model/paragraph-path.js';
import { parseCitations } from '../text/parse-citations.js';
import type { Position } from '../load/locate.js';
import { columnOf, locatedFrom, positionAt, type ImportReport, type LocatedText, type SourceLine } from './import-context.js';
import { readHeaderLine, readVote } from './header.js';
import { inferEffects } from './infer-effects.js';
import { findOcrDoubts } from './ocr-doubts.js';
import {
  ANNEX_LINE, DIGIT_FOR_LETTER, endsParagraph, FOOTNOTE, isHeadingLine, isOperativeOpener, isPreambleOpener, isRoman, labelStart, numberStart, OPENING, PAGE_NUMBER, VOTE_LINE, type LabelStart,
} from './patterns.js';
import { unreadCitations } from './unread-citations.js';
import { firstLine, lastLine, opensOperativeParagraph, type Block } from './text-blocks.js';

export interface BuildOptions {
  regime?: string;
  /** The source file, relative to the output file. */
  sourceFile?: string;
  provenance?: { symbol?: string; origin?: string; note?: string; retrieved?: string };
}

/** Joins lines into running text, without reporting: where the words are only looked at, or were reported with their whole block. */
function joinedText(lines: readonly SourceLine[]): string {
  return joinLines(lines.map((l) => l.text)).text;
}

/** Joins a block's lines and reports every hyphen decision, at the hyphen; called once a block, so that each decision is reported once. */
function blockText(lines: readonly SourceLine[], report: ImportReport): LocatedText {
  const joined = joinLines(lines.map((l) => l.text));
  for (const join of joined.joins) {
    const source = lines[join.lineIndex]!;
    const hyphen = { line: source.line, col: columnOf(source, source.text.trimEnd().length - 1) };
    if (join.decision === 'joined') report.add(hyphen, 'info', 'import-dehyphenated', `"${join.word}": a word divided at the end of this line was joined`, 'check the word; if the hyphen belongs to it, put it back');
    else if (/-[a-z]/.test(join.word)) report.add(hyphen, 'info', 'import-hyphen-kept', `"${join.word}": the hyphen at the end of this line was kept (${join.reason})`, 'if the hyphen only divided the word, remove it');
  }
  return { text: joined.text, parts: lines.map((line, k) => ({ start: joined.starts[k]!, from: line.text.length - line.text.trimStart().length, line })) };
}

function isBodyStart(block: Block): boolean {
  const line = firstLine(block);
  return block.ordinal !== undefined || block.heading !== undefined || block.bullet === true || numberStart(line) !== undefined || labelStart(line) !== undefined ||
    isPreambleOpener(line) || isOperativeOpener(line) || isEditorial(line) || VOTE_LINE.test(line) || ANNEX_LINE.test(line) || PAGE_NUMBER.test(line) || FOOTNOTE.test(line) || OPENING.test(line) || block.emphasisedOpener === true;
}

/** Joins a paragraph that a page break (a blank line) split in the middle of a sentence: "of American" / "States, reports …". */
function joinPageBreaks(blocks: Block[], report: ImportReport): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous && previous.heading === undefined && !isBodyStart(block) && !endsParagraph(lastLine(previous)) && !ANNEX_LINE.test(lastLine(previous)) && !PAGE_NUMBER.test(lastLine(previous)) && /^[\p{L}(]/u.test(firstLine(block))) {
      report.add(block.lines[0]!.line, 'info', 'import-page-break', `the paragraph above ends without punctuation ("…${lastLine(previous).slice(-30)}") and this line continues it: the blank line was read as a page break and the two parts joined`, 'if these are two paragraphs, end the first with its punctuation');
      out[out.length - 1] = { ...previous, lines: [...previous.lines, ...block.lines] };
    } else out.push(block);
  }
  return out;
}

/** Our own editorial material as `bluedraft render` prints it: a clause mark or a summary. */
function isEditorial(line: string): boolean {
  return readClauseMark(line) !== undefined || line.startsWith(SUMMARY_MARK) || line.startsWith(SUMMARY_OF_ABOVE_MARK);
}

type Mode = 'preamble' | 'operative' | 'annex' | 'closing';

/**
 * A heading above an operative paragraph where no Markdown `###` marks it: one heading-shaped line
 * (`isHeadingLine`) standing alone, before a paragraph that opens an operative paragraph.
 */
function isPlainHeading(block: Block, next: Block | undefined, mode: Mode): boolean {
  if (block.lines.length !== 1 || block.ordinal !== undefined || block.bullet === true || block.depth !== undefined || next === undefined) return false;
  const line = firstLine(block);
  if (isEditorial(line) || !isHeadingLine(line, { inPreamble: mode === 'preamble' })) return false;
  return (next.ordinal !== undefined && (next.depth ?? 0) === 0) || (next.heading === undefined && next.depth === undefined && next.bullet !== true && opensOperativeParagraph(firstLine(next)));
}

/** Builds a resolution document from blocks of text; every doubt is reported at its input line. */
export function buildDocument(input: Block[], report: ImportReport, options: BuildOptions = {}): ResolutionDocument {
  const notes: string[] = [];
  const doc: ResolutionDocument = { kind: 'resolution', status: 'adopted', language: 'en', completeness: 'full', preamble: [], operative: [] };
  const openingIndex = input.findIndex((b) => OPENING.test(firstLine(b)));
  let headerEnd = openingIndex;
  if (openingIndex < 0) {
    headerEnd = 0;
    while (headerEnd < input.length && readHeaderLine(joinedText(input[headerEnd]!.lines)).recognised && !isBodyStart(input[headerEnd]!)) headerEnd++;
    report.add(input[headerEnd]?.lines[0]?.line ?? 1, 'warning', 'import-no-opening', 'no "The Security Council," line was found; the text after the header is read as the body', 'check that this is the full text of a resolution or draft');
  }

  // Header.
  const facts: ReturnType<typeof readHeaderLine>[] = [];
  let noticed: Completeness | undefined;
  for (const block of input.slice(0, headerEnd)) {
    const text = blockText(block.lines, report).text;
    const notice = readNotice(text);
    if (notice) {
      noticed = notice;
      continue;
    }
    if (block.heading !== undefined && !readHeaderLine(text).recognised && doc.title === undefined) {
      doc.title = text;
      continue;
    }
    const found = readHeaderLine(text);
    facts.push(found);
    if (!found.recognised) {
      notes.push(`Header line kept as printed: "${text}"`);
      report.add(block.lines[0]!.line, 'info', 'import-header-unrecognised', `this header line was not understood and is kept in \`notes\`: "${text}"`);
    }
  }
  const header = Object.assign({}, ...facts) as ReturnType<typeof readHeaderLine>;
  if (openingIndex >= 0) {
    const printed = firstLine(input[openingIndex]!);
    if (printed !== 'The Security Council,') doc.opening = printed;
  }

  const rest = input.slice(openingIndex >= 0 ? openingIndex + 1 : headerEnd);
  // `bluedraft render`, whose notice this text carries, never divides a paragraph: there a fragment of official wording may end mid-sentence before a heading.
  const body = noticed === undefined ? joinPageBreaks(rest, report) : rest;
  let mode: Mode = 'preamble';
  let expected = 1;
  const usedIds = new Set<string>();
  const uniqueId = (id: string, at: number | Position): string => {
    if (!usedIds.has(id)) {
      usedIds.add(id);
      return id;
    }
    let k = 2;
    while (usedIds.has(`${id}_${k}`)) k++;
    report.add(at, 'warning', 'import-duplicate-id', `the id \`${id}\` is already taken (a duplicate number?); this clause gets \`${id}_${k}\``, 'check the numbering, then rename the id if you like: ids never change once others refer to them');
    usedIds.add(`${id}_${k}`);
    return `${id}_${k}`;
  };
  let annex: Annex | undefined;
  const closing: string[] = [];

  /** Where each clause's words stand in the input, to locate what is read from them later. */
  const locatedTexts = new Map<Clause, LocatedText>();
  const clauseText = (text: LocatedText, clause: PreambularParagraph | Subparagraph | OperativeParagraph, paragraph?: number) => {
    if (text.text.startsWith(SUMMARY_MARK)) {
      const summary = readSummary(text.text, SUMMARY_MARK);
      if (summary) {
        clause.summary = summary;
        return;
      }
      report.add(positionAt(text, 0), 'warning', 'import-editorial-summary', 'this editorial summary does not end with its sources as `bluedraft render` prints them ("(sources: …; status: …)"): its words are kept as the clause\'s text', 'complete the summary\'s sources, or move it into the clause\'s `summary` by hand');
    }
    clause.text = text.text;
    locatedTexts.set(clause, text);
    const references: Reference[] = [];
    const citations = parseCitations(text.text, paragraph === undefined ? {} : { paragraph });
    for (const citation of citations) {
      references.push(citation.reference);
      for (const doubt of citation.doubts) {
        report.add(positionAt(text, doubt.offset), 'warning', `import-${doubt.code}`, doubt.message, doubt.suggested ? `if so, correct the text to "${doubt.suggested}" and record the correction` : undefined);
      }
    }
    if (references.length > 0) clause.references = references;
    for (const unread of unreadCitations(text.text, citations)) {
      report.add(positionAt(text, unread.offset), 'warning', 'import-citation-unread', `"${unread.wording}" looks like a citation of a Security Council resolution but does not read as one ("841 (1993)"): it is not in \`references\``, 'check the number and year against the source; correct an OCR misreading in `text` and record the correction, or add the reference by hand');
    }
    for (const doubt of findOcrDoubts(text.text)) {
      if (doubt.kind === 'footnote-marker') report.add(positionAt(text, doubt.offset), 'info', 'import-footnote-marker', doubt.message, 'it is kept as printed; say so in the clause\'s `note`, or remove it and record the correction');
      else report.add(positionAt(text, doubt.offset), 'warning', 'import-possible-ocr', doubt.message, 'correct it in `text` and record the correction with the original, or leave it as printed');
    }
  };

  const currentParagraph = () => doc.operative.at(-1);
  let pendingHeading: { text: string; line: number } | undefined;
  const takeHeading = (paragraph: OperativeParagraph) => {
    if (pendingHeading !== undefined) paragraph.heading = pendingHeading.text;
    pendingHeading = undefined;
  };
  /** A block that opens with an operative verb but carries no number: kept as an unnumbered operative paragraph. */
  const addUnnumbered = (whole: LocatedText, start: Position, hint: string) => {
    report.add(start, 'warning', 'import-missing-number', 'this paragraph opens with an operative verb but has no number; read as an unnumbered operative paragraph', hint);
    const paragraph: OperativeParagraph = { id: uniqueId(`op_${expected}`, start) };
    takeHeading(paragraph);
    clauseText(whole, paragraph);
    doc.operative.push(paragraph);
    expected++;
  };

  for (const [index, block] of body.entries()) {
    const first = firstLine(block);
    const line = block.lines[0]!.line;
    const whole = blockText(block.lines, report);
    /** Where the block's first words stand: its number or label, or a Markdown list item's marker. */
    const start = block.marker ?? positionAt(whole, 0);

    if (mode !== 'closing' && VOTE_LINE.test(first) && (doc.operative.length > 0 || doc.preamble.length > 0)) {
      const end = block.lines.findIndex((l) => /\.\s*$/.test(l.text));
      const recordLines = end >= 0 ? block.lines.slice(0, end + 1) : block.lines;
      const after = block.lines.slice(recordLines.length);
      if (after.length > 0) {
        const trailing = joinedText(after);
        closing.push(trailing);
        report.add(after[0]!.line, 'info', 'import-trailing-text', `text after the vote line is not part of the resolution; it is kept in \`notes\`: "${trailing}"`);
      }
      const record = joinedText(recordLines);
      const { vote, meeting } = readVote(record);
      doc.vote = { ...doc.vote, ...vote };
      if (meeting !== undefined) doc.meeting ??= meeting;
      mode = 'closing';
      continue;
    }
    if (mode === 'closing') {
      closing.push(whole.text);
      report.add(line, 'info', 'import-trailing-text', `text after the vote line is not part of the resolution; it is kept in \`notes\`: "${whole.text}"`);
      continue;
    }
    if (PAGE_NUMBER.test(first) && block.lines.length === 1) {
      notes.push(`Line ${line} of the source, "${first}", looks like a page number and is not part of any clause.`);
      report.add(line, 'warning', 'import-page-number', `"${first}" stands alone on its line: read as a page number and kept in \`notes\`, not in a clause`, 'if it is a label or part of the text, move it into the clause');
      continue;
    }
    if (FOOTNOTE.test(first)) {
      const { text } = whole;
      notes.push(`Footnote in the source (line ${line}): "${text}"`);
      report.add(line, 'info', 'import-footnote', `read as a footnote and kept in \`notes\`: "${text}"`);
      continue;
    }
    const annexMatch = ANNEX_LINE.exec(first);
    if (annexMatch && block.lines.length === 1 || (block.heading !== undefined && /^annex\b/i.test(first))) {
      const id = uniqueId(`annex_${annexMatch?.[1]?.toLowerCase() ?? (doc.annexes?.length ?? 0) + 1}`, line);
      annex = { id, label: first, items: [] };
      doc.annexes = [...(doc.annexes ?? []), annex];
      mode = 'annex';
      continue;
    }
    if (mode === 'annex' && annex) {
      readAnnexBlock(annex, block, whole);
      continue;
    }
    if (block.heading !== undefined) {
      pendingHeading = { text: whole.text, line };
      continue;
    }
    if (isPlainHeading(block, body[index + 1], mode)) {
      pendingHeading = { text: first, line };
      continue;
    }

    if (first.startsWith(SUMMARY_OF_ABOVE_MARK)) {
      const summary = readSummary(whole.text, SUMMARY_OF_ABOVE_MARK);
      const above = lastClause(doc);
      if (summary && above?.text !== undefined && !above.summary) {
        above.summary = summary;
        continue;
      }
      report.add(start, 'warning', 'import-editorial-summary', summary ? 'this editorial summary has no clause with official wording above it: its words are kept as a clause\'s text' : 'this editorial summary does not end with its sources as `bluedraft render` prints them ("(sources: …; status: …)"): its words are kept as a clause\'s text', 'move it into the `summary` of the clause it belongs to');
    }

    const number = block.ordinal !== undefined ? { number: block.ordinal, printed: `${block.ordinal}.`, listStyle: false, length: 0 } : numberStart(first);
    const label = number ? undefined : labelStart(first);
    const prefix = number?.length ?? label?.length ?? 0;
    const { mark, words, parent } = clauseMark(whole, prefix, { mode, numbered: number !== undefined, labelled: label !== undefined, depth: block.depth ?? 0, doc }, (message, at) => report.add(at, 'warning', 'import-editorial-mark', message, 'print the mark as `bluedraft render` does: "(Paragraph number not confirmed; clause op_seafood_ban.)"'));

    if (mark?.kind === 'preamble') {
      const paragraph: PreambularParagraph = { id: uniqueId(mark.id ?? `pp_${doc.preamble.length + 1}`, start) };
      clauseText(words, paragraph);
      doc.preamble.push(paragraph);
      continue;
    }
    if (mark?.kind === 'operative' && !number) {
      mode = 'operative';
      const paragraph: OperativeParagraph = { id: uniqueId(mark.id ?? `op_${expected}`, start) };
      if (mark.numberStatus) paragraph.numberStatus = mark.numberStatus;
      takeHeading(paragraph);
      clauseText(words, paragraph);
      doc.operative.push(paragraph);
      continue;
    }
    if (mark?.kind === 'subparagraph' && parent) {
      const sub: Subparagraph = { id: uniqueId(mark.id ?? `${parent.clause.id}__${label!.label}`, start) };
      if (label) sub.number = label.label;
      if (mark.numberStatus) sub.numberStatus = mark.numberStatus;
      clauseText(words, sub, doc.operative[parent.at[1] as number]!.number);
      (parent.clause.subparagraphs ??= []).push(sub);
      continue;
    }

    if (number && (block.depth ?? 0) === 0) {
      if (mode === 'preamble' && doc.preamble.length === 0 && doc.operative.length === 0 && openingIndex < 0) report.add(start, 'info', 'import-no-preamble', 'the text starts with numbered paragraphs: no preambular paragraphs were found');
      mode = 'operative';
      if (number.listStyle) report.add(start, 'warning', 'import-list-numbering', `"${number.printed}" is the numbering of a word processor's list; read as operative paragraph ${number.number}`, 'official texts number operative paragraphs "1.", "2." …');
      if (number.number !== expected) {
        const what = doc.operative.some((p) => p.number === number.number) ? 'a duplicate of an earlier number' : number.number < expected ? 'out of order' : `a gap: ${expected}${number.number - 1 > expected ? `–${number.number - 1}` : ''} missing`;
        report.add(start, 'warning', 'import-numbering', `operative paragraph ${number.number} comes where ${expected} was expected (${what}); kept as printed`, 'check the numbering against the official text');
      }
      const paragraph: OperativeParagraph = { id: uniqueId(mark?.id ?? `op_${number.number}`, start), number: number.number };
      if (mark?.numberStatus) paragraph.numberStatus = mark.numberStatus;
      takeHeading(paragraph);
      clauseText(words, paragraph, number.number);
      if (number.corrected) {
        addCorrection(paragraph, { original: number.printed, corrected: number.corrected, reason: 'OCR misreading of the paragraph number' });
        report.add(start, 'warning', 'import-ocr-number', `"${number.printed}" read as paragraph number "${number.corrected}"; the correction is recorded`);
      }
      doc.operative.push(paragraph);
      expected = number.number + 1;
      continue;
    }

    if (mode === 'operative' && (label || block.depth !== undefined || block.bullet)) {
      addSubparagraph(currentParagraph()!, block, { whole, start, label }, report, uniqueId, clauseText);
      continue;
    }

    if (mode === 'preamble') {
      if (isOperativeOpener(first) && !isPreambleOpener(first)) {
        mode = 'operative';
        addUnnumbered(whole, start, 'number the operative paragraphs 1, 2, 3 …');
        continue;
      }
      if (!isPreambleOpener(first) && !label && !block.emphasisedOpener && doc.preamble.length > 0) {
        report.add(start, 'info', 'import-preamble-opener', `this preambular paragraph does not open with a participle ("${first.split(/\s+/).slice(0, 3).join(' ')} …")`, 'check that it is a paragraph of its own');
      }
      const paragraph: PreambularParagraph = { id: uniqueId(`pp_${doc.preamble.length + 1}`, start) };
      clauseText(whole, paragraph);
      doc.preamble.push(paragraph);
      continue;
    }

    // Operative mode, a block with neither number nor label.
    const paragraph = currentParagraph()!;
    if (isOperativeOpener(first) && !paragraph.subparagraphs) {
      addUnnumbered(whole, start, 'number it, or join it to the paragraph above');
      continue;
    }
    addSubparagraph(paragraph, block, { whole, start }, report, uniqueId, clauseText);
  }

  if (pendingHeading !== undefined) {
    notes.push(`Heading in the source (line ${pendingHeading.line}) with no operative paragraph after it: "${pendingHeading.text}"`);
    report.add(pendingHeading.line, 'warning', 'import-heading-orphan', `the heading "${pendingHeading.text}" stands above no operative paragraph: it is kept in \`notes\``, 'move it above the paragraph it heads');
  }

  // Document facts.
  const symbolNumber = /^S\/RES\/(\d+)\s*\((\d{4})\)$/.exec(options.provenance?.symbol ?? '');
  const number = header.number ?? (symbolNumber ? Number(symbolNumber[1]) : undefined);
  const year = header.year ?? (symbolNumber ? Number(symbolNumber[2]) : undefined);
  if (number !== undefined && year !== undefined) {
    Object.assign(doc, { symbol: `S/RES/${formatCitation({ number, year })}`, number, year });
    if (symbolNumber && (Number(symbolNumber[1]) !== number || Number(symbolNumber[2]) !== year)) {
      report.add(1, 'warning', 'import-symbol-mismatch', `the provenance header says ${options.provenance?.symbol}, but the text is resolution ${number} (${year})`);
    }
  } else {
    doc.kind = 'draft';
    doc.status = 'circulated';
    const symbol = header.symbol ?? (options.provenance?.symbol?.startsWith('S/RES/') ? undefined : options.provenance?.symbol);
    if (symbol) doc.symbol = symbol;
    if (header.sponsors) doc.sponsors = header.sponsors;
    report.add(1, doc.preamble.length + doc.operative.length > 0 && (doc.operative.length > 0 || openingIndex >= 0) ? 'info' : 'warning', 'import-draft', 'no resolution number and year were found: the text is imported as a draft (status circulated)', 'for an adopted resolution, give the header line "RESOLUTION 841 (1993)"');
  }
  if (header.date) doc.dates = doc.kind === 'resolution' ? { adopted: header.date } : { circulated: header.date };
  if (header.meeting !== undefined) doc.meeting = header.meeting;
  if (header.unanimous && !doc.vote) doc.vote = { unanimous: true };
  if (options.regime) doc.regime = options.regime;
  const source = {
    ...(options.sourceFile ? { file: options.sourceFile } : {}),
    ...(options.provenance?.origin ? { origin: options.provenance.origin } : {}),
    ...(options.provenance?.note ? { note: options.provenance.note } : {}),
    ...(options.provenance?.retrieved ? { retrieved: options.provenance.retrieved } : {}),
  };
  if (Object.keys(source).length > 0) doc.source = source;

  if (openingIndex < 0 && doc.operative.length === 0) {
    report.add(1, 'warning', 'import-not-resolution', 'this text has neither "The Security Council," nor numbered operative paragraphs: it does not look like a resolution; every paragraph was kept as a preambular paragraph', 'check that you gave the right file');
    doc.completeness = 'partial';
  }
  const provenanceNote = options.provenance?.note?.toLowerCase() ?? '';
  if (provenanceNote.startsWith('partial') || provenanceNote.startsWith('summary')) doc.completeness = 'partial';
  const last = lastClause(doc);
  if (last?.text !== undefined && !/[.;:,]$/.test(last.text.trim()) && !doc.vote) {
    report.add(body.at(-1)?.lines.at(-1)?.line ?? 1, 'warning', 'import-truncated', `the text ends in the middle of a sentence ("…${last.text.slice(-40)}"): it may be truncated`, 'check the source for the rest of the text; the file is marked `completeness: partial`');
    doc.completeness = 'partial';
  }
  // Our notice says what the document lacks; a complete text may still hold summaries, or be cut short.
  if (noticed !== undefined && noticed !== 'full') doc.completeness = noticed;
  if (closing.length > 0) notes.push(...closing.map((text) => `Source text after the vote line, not part of the resolution: "${text}"`));

  for (const paragraph of doc.operative) {
    const { effects, measures, cues } = inferEffects(paragraph, doc);
    if (measures.length > 0) paragraph.measures = measures;
    if (effects.length > 0) paragraph.effects = effects;
    const chapeau = locatedTexts.get(paragraph);
    effects.forEach((effect, k) => {
      const cue = cues[k];
      if (chapeau && cue) report.add(positionAt(chapeau, cue.offset), 'info', 'import-effect-inferred', `"${cue.wording}" read as the effect \`${effect.action}\`, proposed with \`inferred: true\``, 'check the effect against the text, then remove `inferred: true`');
    });
  }
  if (notes.length > 0) doc.notes = notes;
  return doc;
}

/** The clause printed last so far: the deepest last subparagraph, or the last preambular paragraph. */
function lastClause(doc: ResolutionDocument): Clause | undefined {
  const last = doc.operative.at(-1);
  if (!last) return doc.preamble.at(-1);
  let clause: OperativeParagraph | Subparagraph = last;
  while (clause.subparagraphs?.length) clause = clause.subparagraphs.at(-1)!;
  return clause;
}

interface MarkContext {
  mode: Mode;
  numbered: boolean;
  labelled: boolean;
  depth: number;
  doc: ResolutionDocument;
}

/**
 * The editorial clause mark after a clause's number or label (`prefix` characters), where it
 * fits where it stands, and the clause's words after it. A mark that does not read, or does not
 * fit, is reported where it stands and its words are kept as they are.
 */
function clauseMark(whole: LocatedText, prefix: number, context: MarkContext, warn: (message: string, at: Position) => void): { mark?: ClauseMark; words: LocatedText; parent?: WalkedClause } {
  const words = locatedFrom(whole, prefix);
  const read = readClauseMark(words.text);
  if (read === undefined) return { words };
  const printed = words.text.slice(0, 80);
  if (read === 'malformed') {
    warn(`"${printed}…" opens like an editorial clause mark but does not read as one: its words are kept as the clause's text`, positionAt(words, 0));
    return { words };
  }
  const { mark } = read;
  const parent = mark.kind === 'subparagraph' ? [...walkOperative(context.doc)].find((w) => w.clause.id === mark.parent) : undefined;
  const fits = mark.kind === 'preamble' ? context.mode === 'preamble' && !context.numbered && !context.labelled
    : mark.kind === 'operative' ? context.depth === 0 && !context.labelled && !(mark.unnumbered && context.numbered)
      : context.mode === 'operative' && !context.numbered && parent !== undefined && (context.labelled || mark.id !== undefined);
  if (!fits) {
    warn(mark.kind === 'subparagraph' && !parent ? `the mark "${printed}…" names a clause \`${mark.parent}\` that is not above it: its words are kept as the clause's text` : `the mark "${printed}…" does not fit where it stands: its words are kept as the clause's text`, positionAt(words, 0));
    return { words };
  }
  const rest = locatedFrom(words, read.length);
  return parent ? { mark, words: rest, parent } : { mark, words: rest };
}

type ClauseText = (text: LocatedText, clause: Subparagraph, paragraph?: number) => void;

/** A block's words as read, where they start in the input, and the label that opens them. */
interface BlockWords {
  whole: LocatedText;
  start: Position;
  label?: LabelStart | undefined;
}

/** Adds a lettered, roman or unnumbered subparagraph at the right level under `paragraph`. */
function addSubparagraph(paragraph: OperativeParagraph, block: Block, { whole, start, label }: BlockWords, report: ImportReport, uniqueId: (id: string, at: Position) => string, clauseText: ClauseText): void {
  const level1 = (paragraph.subparagraphs ??= []);
  /** The labels of the numbered entries at the end of a list, back to the last unnumbered one. */
  const run = (list: Subparagraph[]) => {
    let k = list.length;
    while (k > 0 && list[k - 1]!.number !== undefined) k--;
    return list.slice(k).map((s) => s.number!);
  };
  const next = (list: Subparagraph[]) => {
    const labels = run(list);
    return labels.length === 0 ? undefined : expectedLabel(styleOf(labels[0]!), labels.length + 1);
  };
  const level1Run = run(level1);
  const lastLettered = level1Run.length > 0 && styleOf(level1Run[0]!) === 'letter' ? level1.at(-1) : undefined;
  const expectedLetter = next(level1) ?? 'a';
  const expectedRoman = lastLettered ? (next(lastLettered.subparagraphs ?? []) ?? 'i') : undefined;

  let printed = label?.label;
  let value = printed;
  let nested = false;
  if (printed !== undefined && /^[0-9]$/.test(printed)) {
    value = expectedLetter;
    if (DIGIT_FOR_LETTER[printed] === value) report.add(start, 'warning', 'import-ocr-label', `"(${printed})" read as "(${value})" (a common OCR misreading); the correction is recorded`);
    else report.add(start, 'warning', 'import-ocr-label', `"(${printed})" is not a subparagraph label; read as "(${value})", the next in sequence; the correction is recorded`, 'check the label against the official text');
  } else if (printed !== undefined) {
    if (printed === expectedRoman && printed !== expectedLetter) nested = true;
    else if (printed === expectedLetter || (level1Run.length === 0 && (printed === 'a' || printed === 'i'))) nested = false;
    else if (lastLettered && isRoman(printed)) {
      nested = true;
      report.add(start, 'warning', 'import-numbering', `subparagraph (${printed}) comes where (${expectedRoman}) was expected; kept as printed`, 'check the numbering against the official text');
    } else report.add(start, 'warning', 'import-numbering', `subparagraph (${printed}) comes where (${expectedLetter}) was expected; kept as printed`, 'check the lettering against the official text');
  } else if (block.ordinal !== undefined && (block.depth ?? 0) > 0) {
    value = expectedLetter;
    printed = value;
    report.add(start, 'info', 'import-list-numbering', `a nested numbered list item was read as subparagraph (${value})`);
  }
  const siblings = nested ? (lastLettered!.subparagraphs ??= []) : level1;
  const parentId = nested ? lastLettered!.id : paragraph.id;
  const previous = siblings.at(-1)?.number;
  const sub: Subparagraph = value !== undefined
    ? { id: uniqueId(`${parentId}__${value}`, start), number: value }
    : { id: uniqueId(`${parentId}__${previous ? `after_${previous}` : `text_${siblings.length + 1}`}`, start) };
  clauseText(locatedFrom(whole, label?.length ?? 0), sub, paragraph.number);
  if (printed !== undefined && value !== printed) addCorrection(sub, { original: `(${printed})`, corrected: `(${value})`, reason: 'OCR misreading of the subparagraph label' });
  if (value === undefined && block.bullet) sub.note = 'a bulleted item in the source';
  siblings.push(sub);
}

function addCorrection(clause: { corrections?: Correction[] }, correction: Correction): void {
  clause.corrections = [...(clause.corrections ?? []), correction];
}

const ANNEX_ITEM = /^([IVX]+|\d{1,2}|[a-z])\.\s+/;
const BULLET = /^[-–•]\s+/;

function readAnnexBlock(annex: Annex, block: Block, whole: LocatedText): void {
  const first = firstLine(block);
  const text = (skip: number) => locatedFrom(whole, skip).text;
  const labelled = ANNEX_ITEM.exec(first);
  const bullet = block.bullet ? ['', ''] : BULLET.exec(first);
  if (annex.items.length === 0 && annex.title === undefined && !labelled && !bullet) {
    annex.title = text(0);
    return;
  }
  if (bullet && annex.items.length > 0) {
    const parent = annex.items.at(-1)!;
    const items = (parent.items ??= []);
    items.push({ id: `${parent.id}__${items.length + 1}`, kind: 'item', text: text(bullet[0]!.length) });
    return;
  }
  const item: AnnexItem = { id: `${annex.id}__item_${annex.items.length + 1}`, kind: 'item', text: text(labelled?.[0].length ?? bullet?.[0]!.length ?? 0) };
  if (labelled) item.label = labelled[1]!;
  annex.items.push(item);
}
