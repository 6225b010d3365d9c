import type { Completeness } from '../model/document.js';
import { readNotice } from '../text/editorial-marks.js';
import { blockText, joinedText } from './block-text.js';
import { isBodyStart } from './body-start.js';
import { readHeaderLine, type HeaderFacts, type Misreading } from './header.js';
import type { ImportReport } from './located-input.js';
import { partLabel } from './part-label.js';
import { OPENING } from './patterns.js';
import { firstLine, type Block } from './text-blocks.js';

/** What the lines before the body say: the facts of the header, and where the body starts. */
export interface Header {
  /** The facts of every header line, a later line's over an earlier one's. */
  facts: HeaderFacts;
  /** A Markdown heading that is no header fact: the document's title. */
  title?: string;
  /** The completeness our own notice (as `bluedraft render` prints it) says the text has. */
  noticed?: Completeness;
  /** Whether a "The Security Council," line opens the body. */
  openingFound: boolean;
  /** The opening words as printed, where they differ from "The Security Council,". */
  opening?: string;
  /** The index of the first block of the body. */
  bodyStart: number;
  /** Header lines kept as printed, for `notes`. */
  notes: string[];
}

/** "Adopted by the Security Council at its 3102nd meeting on 30 July 1992": a header line, not the vote at the end. */
const ADOPTION_LINE = /^Adopted\s+by\s+the\s+Security\s+Council\b/i;

function isHeaderLine(block: Block): boolean {
  return readHeaderLine(joinedText(block.lines)).recognised;
}

/** A title over the header ("MILITARY STAFF COMMITTEE"): one line, with no punctuation at its end. */
function isTitleLine(block: Block): boolean {
  return block.lines.length === 1 && !/[.,;:]$/.test(firstLine(block));
}

/** The blocks before "The Security Council," (or, without it, the run of blocks that read as header lines). */
function headerEnd(blocks: readonly Block[], openingIndex: number, report: ImportReport): number {
  if (openingIndex >= 0) return openingIndex;
  let end = 0;
  while (end < blocks.length && (!isBodyStart(blocks[end]!) || ADOPTION_LINE.test(firstLine(blocks[end]!))) && (isHeaderLine(blocks[end]!) || (isTitleLine(blocks[end]!) && blocks[end + 1] !== undefined && isHeaderLine(blocks[end + 1]!)))) end++;
  report.add(blocks[end]?.lines[0]?.line ?? 1, 'warning', 'import-no-opening', 'no "The Security Council," line was found; the text after the header is read as the body', 'check that this is the full text of a resolution or draft');
  return end;
}

/** A header fact read through OCR look-alikes: the reader is told what was printed. */
export function reportMisreading({ fact, printed, read }: Misreading, line: number, report: ImportReport): void {
  report.add(line, 'warning', 'import-header-misread', `the ${fact} is printed "${printed}" (an OCR misreading?): read as ${read}`, 'check it against the official text');
}

/** Reads the header of a resolution or draft: its title, symbol, number, date, meeting and sponsors. */
export function readHeader(blocks: readonly Block[], report: ImportReport): Header {
  const found = blocks.findIndex((b) => OPENING.test(firstLine(b)));
  // A resolution whose first part opens with its own preamble: "A" / "The Security Council," — the body starts at the part's label.
  const firstPart = found >= 0 ? blocks.slice(0, found).findIndex((b) => partLabel(b) === 'A') : -1;
  const openingIndex = firstPart >= 0 ? -1 : found;
  const end = firstPart >= 0 ? firstPart : headerEnd(blocks, openingIndex, report);
  const header: Header = { facts: { recognised: false }, openingFound: found >= 0, bodyStart: openingIndex >= 0 ? openingIndex + 1 : end, notes: [] };
  const facts: HeaderFacts[] = [];
  for (const block of blocks.slice(0, end)) {
    report.setLinesAside(block.lines, 'header');
    const text = blockText(block.lines, report).text;
    const notice = readNotice(text);
    if (notice) {
      header.noticed = notice;
      continue;
    }
    const found = readHeaderLine(text);
    if (block.heading !== undefined && !found.recognised && header.title === undefined) {
      header.title = text;
      continue;
    }
    facts.push(found);
    for (const misreading of found.misreadings ?? []) reportMisreading(misreading, block.lines[0]!.line, report);
    if (!found.recognised) {
      header.notes.push(`Header line kept as printed: "${text}"`);
      report.add(block.lines[0]!.line, 'info', 'import-header-unrecognised', `this header line was not understood and is kept in \`notes\`: "${text}"`);
    }
  }
  header.facts = Object.assign({ recognised: false }, ...facts) as HeaderFacts;
  if (openingIndex >= 0) {
    report.setLinesAside(blocks[openingIndex]!.lines, 'opening');
    const printed = firstLine(blocks[openingIndex]!);
    if (printed !== 'The Security Council,') header.opening = printed;
  }
  return header;
}
