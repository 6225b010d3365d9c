import type { Completeness, Confirmation, Summary } from '../model/document.js';
import { sourceAddress } from '../model/sources/source-address.js';

/**
 * The words that mark our own editorial material wherever a document is printed, and that
 * `bluedraft import` reads back: the summaries, the clause facts an official text would show by
 * its layout (an unconfirmed number, a descriptive id), and what the document lacks.
 */

/** Stands before an editorial summary: never passed off as the Council's. */
export const SUMMARY_MARK = 'Editorial summary, not the official text:';

/** Stands before the summary of a clause whose official wording (or a fragment of it) is printed just above. */
export const SUMMARY_OF_ABOVE_MARK = 'Editorial summary of the paragraph above, not the official text:';

/** Opens the notice at the top of a document that is not the complete official text. */
export const NOTICE_MARK = 'This is not the complete official text.';

const NOTICE_BODY = 'Passages marked "Editorial summary" are our own words, not the Council\'s; only the other passages are official wording.';

/** What the notice adds for each kind of incomplete document. */
const COMPLETENESS_WORDS: Record<Exclude<Completeness, 'full'>, string> = {
  partial: 'Only parts of the official wording are known.',
  summary: 'The document is known only from summaries of it.',
};

/** The notice for a document that is not complete or holds editorial summaries. */
export function noticeText(completeness: Completeness): string {
  return [NOTICE_MARK, NOTICE_BODY, ...(completeness === 'full' ? [] : [COMPLETENESS_WORDS[completeness]])].join(' ');
}

/** The completeness a printed notice states; undefined where the text is not our notice. */
export function readNotice(text: string): Completeness | undefined {
  const notice = text.replace(/^Editorial note:\s*/, '');
  if (!notice.startsWith(NOTICE_MARK)) return undefined;
  const found = (Object.keys(COMPLETENESS_WORDS) as Array<keyof typeof COMPLETENESS_WORDS>).find((c) => notice.endsWith(COMPLETENESS_WORDS[c]));
  return found ?? 'full';
}

/** A clause fact that the printed layout cannot show: which clause it is, how sure its number is. */
export interface ClauseMark {
  kind: 'preamble' | 'operative' | 'subparagraph';
  /** A subparagraph's parent clause. */
  parent?: string;
  /** The clause's id where it is not the one its number gives. */
  id?: string;
  numberStatus?: Confirmation;
  /** An operative paragraph printed without a number and without a `numberStatus`. */
  unnumbered?: boolean;
}

const STATUS_WORDS: Record<Confirmation, string> = { confirmed: 'confirmed', partly: 'partly confirmed', unconfirmed: 'not confirmed' };
const ID = '[A-Za-z][A-Za-z0-9_-]*';
const CLAUSE_MARK = new RegExp(
  `^\\((Preambular paragraph|Paragraph|Subparagraph of (${ID}))(?:,? number (${Object.values(STATUS_WORDS).join('|')}|not given))?(?:; clause (${ID}))?\\.\\)\\s*`,
);
/** How a printed clause mark starts: anything opening so and not read by CLAUSE_MARK is malformed. */
const CLAUSE_MARK_START = /^\((?:Preambular paragraph|Paragraph|Subparagraph)\b/;

/** "(Paragraph number not confirmed; clause op_seafood_ban.)", "(Subparagraph of op_8, number partly confirmed; clause op_8__arms_exports.)". */
export function clauseMarkText(mark: ClauseMark): string {
  const kind = mark.kind === 'preamble' ? 'Preambular paragraph' : mark.kind === 'operative' ? 'Paragraph' : `Subparagraph of ${mark.parent}`;
  const status = mark.numberStatus ? STATUS_WORDS[mark.numberStatus] : mark.unnumbered ? 'not given' : undefined;
  const number = status === undefined ? '' : `${mark.kind === 'subparagraph' ? ',' : ''} number ${status}`;
  return `(${kind}${number}${mark.id === undefined ? '' : `; clause ${mark.id}`}.)`;
}

/**
 * The clause mark at the start of a printed clause and the length it takes; `malformed` where
 * the text opens like a mark but does not read as one; undefined where there is none.
 */
export function readClauseMark(text: string): { mark: ClauseMark; length: number } | 'malformed' | undefined {
  const match = CLAUSE_MARK.exec(text);
  if (!match) return CLAUSE_MARK_START.test(text) ? 'malformed' : undefined;
  const [whole, kind, parent, status, id] = match;
  const mark: ClauseMark = { kind: kind === 'Preambular paragraph' ? 'preamble' : kind === 'Paragraph' ? 'operative' : 'subparagraph' };
  if (parent !== undefined) mark.parent = parent;
  if (id !== undefined) mark.id = id;
  const numberStatus = (Object.keys(STATUS_WORDS) as Confirmation[]).find((c) => STATUS_WORDS[c] === status);
  if (numberStatus) mark.numberStatus = numberStatus;
  if (status === 'not given') mark.unnumbered = true;
  return { mark, length: whole!.length };
}

/** "(sources: https://…; https://…; status: partly; note: …)". */
export function summarySources(summary: Summary): string {
  const status = summary.status ? `; status: ${summary.status}` : '';
  const note = summary.note !== undefined ? `; note: ${summary.note}` : '';
  return `(sources: ${summary.sources.map(sourceAddress).join('; ')}${status}${note})`;
}

/** A summary as printed: `mark` (SUMMARY_MARK or SUMMARY_OF_ABOVE_MARK), its words, then its sources. */
export function summaryText(mark: string, summary: Summary): string {
  return `${mark} ${summary.text} ${summarySources(summary)}`;
}

const SOURCES = ' (sources: ';
const STATUS = /; status: (confirmed|partly|unconfirmed)$/;

/** Reads back what `summaryText` printed; undefined where it does not read as a summary. */
export function readSummary(text: string, mark: string): Summary | undefined {
  if (!text.startsWith(`${mark} `) || !text.endsWith(')')) return undefined;
  const rest = text.slice(mark.length + 1, -1);
  const at = rest.indexOf(SOURCES);
  if (at <= 0) return undefined;
  let tail = rest.slice(at + SOURCES.length);
  const summary: Summary = { text: rest.slice(0, at), sources: [] };
  const noteAt = tail.indexOf('; note: ');
  if (noteAt >= 0) {
    summary.note = tail.slice(noteAt + '; note: '.length);
    tail = tail.slice(0, noteAt);
  }
  const status = STATUS.exec(tail);
  if (status) {
    summary.status = status[1] as Confirmation;
    tail = tail.slice(0, status.index);
  }
  summary.sources = tail === '' ? [] : tail.split('; ');
  return summary;
}
