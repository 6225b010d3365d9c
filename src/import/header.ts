import type { Vote } from '../model/document.js';
import { FIGURE, readFigure, readMonth } from './ocr-figures.js';

/** "16 June 1993" → "1993-06-16"; undefined where the month is not a month's name. */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const read = readMonth(month);
  if (!read || read.misread) return undefined;
  return `${year}-${String(read.month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A figure read otherwise than printed in a header fact: "Apri]" read as April, "298Ist" as 2981st. */
export interface Misreading {
  /** What was read: "date", "meeting". */
  fact: string;
  printed: string;
  read: string;
}

const DATE = new RegExp(`(?<![\\w\\]|])(${FIGURE}{1,2})\\s+([A-Za-z][A-Za-z\\]|10]{2,8})\\s+(${FIGURE}{4})(?![\\w])`, 'g');
/** "at its 3238th meeting", "at the 3017th (closed) meeting", "at the 3005 meeting" (its ending lost in print). */
const MEETING = new RegExp(`(?<![\\w])(${FIGURE}{1,5})\\s*(?:st|nd|rd|th|d)?\\s+(?:\\((?:closed|private)\\)\\s+)?meeting\\b`, 'i');
const TITLE = /^(?:RESOLUTION|Resolution)\s+(\d{1,4})\s*\(\s*([^()]{4,7}?)\s*\)/;
/** The layout of the older printed volumes: "2 (1946). Resolution of 30 January 1946". */
const VOLUME_TITLE = /^(\d{1,4})\s*\(\s*(\d{4})\s*\)\s*\.?\s*Resolution\b/;
/** The symbol printed at the top of a modern text: "S/RES/1454 (2002)", "United Nations S/RES/1454 (2002)". */
const RESOLUTION_SYMBOL = /^(?:United\s+Nations\s+|UNITED\s+NATIONS\s+)?S\/RES\/(\d{1,4})\s*\(\s*(\d{4})\s*\)\s*$/;
/** Lines of the modern layout that say nothing of this document: "United Nations", "Security Council", "Distr.: General 30 December 2002", "S". */
const LAYOUT = /^(?:UNITED\s+NATIONS|United\s+Nations|SECURITY\s+COUNCIL|Security\s+Council|S|GENERAL|General|(?:Security\s+Council\s+|SECURITY\s+COUNCIL\s+)?Distr\.?(?::?\s*(?:GENERAL|General|LIMITED|Limited|RESTRICTED)\b.*)?|Original:\s*\w+|ENGLISH|English)$/;
const DRAFT_SYMBOL = /^S\/\d{4}\/\d+(?:\/Rev\.\d+)?$/;
const DRAFT_SPONSORS = /^(.+?):\s*(?:revised\s+)?draft resolution$/i;

export interface HeaderFacts {
  number?: number;
  year?: number;
  date?: string;
  meeting?: number;
  symbol?: string;
  sponsors?: string[];
  unanimous?: boolean;
  /** Facts read through OCR look-alikes, to be reported with what was printed. */
  misreadings?: Misreading[];
  /** The line said something we could use. */
  recognised: boolean;
}

/** A year as printed in a title, "1993", or damaged: "l993", "197-4". */
function readYear(printed: string): { value: number; misread: boolean } | undefined {
  const figure = readFigure(printed.replace(/[\s-]/g, ''));
  if (!figure || figure.value < 1900 || figure.value > 2100 || figure.printed.length !== 4) return undefined;
  return { value: figure.value, misread: figure.misread || figure.printed !== printed };
}

/** The first date in a line that reads as one, through OCR look-alikes ("l9 June 1993", "3 Apri] 1993"). */
export function findDate(text: string): { iso: string; printed: string; misread: boolean } | undefined {
  for (const match of text.matchAll(DATE)) {
    const day = readFigure(match[1]!);
    const month = readMonth(match[2]!);
    const year = readFigure(match[3]!);
    if (!day || !month || !year || day.value < 1 || day.value > 31 || year.value < 1900 || year.value > 2100) continue;
    const iso = `${year.value}-${String(month.month).padStart(2, '0')}-${String(day.value).padStart(2, '0')}`;
    return { iso, printed: match[0], misread: day.misread || month.misread || year.misread };
  }
  return undefined;
}

/** The meeting number in "at its 3238th meeting", through OCR look-alikes ("298Ist" for "2981st"). */
export function findMeeting(text: string): { meeting: number; printed: string; misread: boolean } | undefined {
  const match = MEETING.exec(text);
  const figure = match && readFigure(match[1]!);
  if (!match || !figure || figure.value === 0) return undefined;
  return { meeting: figure.value, printed: match[0], misread: figure.misread };
}

/** Reads a line of the header: "RESOLUTION 841 (1993)", "Adopted … at its 3238th meeting, on 16 June 1993", "S/2017/769" … */
export function readHeaderLine(text: string): HeaderFacts {
  const facts: HeaderFacts = { recognised: false };
  const misreadings: Misreading[] = [];
  const line = text.trim();
  const title = TITLE.exec(line) ?? VOLUME_TITLE.exec(line) ?? RESOLUTION_SYMBOL.exec(line);
  const year = title ? readYear(title[2]!) : undefined;
  if (title && year) {
    Object.assign(facts, { number: Number(title[1]), year: year.value, recognised: true });
    if (year.misread) misreadings.push({ fact: 'year', printed: title[0], read: `${title[1]} (${year.value})` });
  }
  if (LAYOUT.test(line)) facts.recognised = true;
  const date = findDate(line);
  if (date && (/^(?:of|on)\s/i.test(line) || /Adopted/i.test(line) || line === date.printed || title)) {
    Object.assign(facts, { date: date.iso, recognised: true });
    if (date.misread) misreadings.push({ fact: 'date', printed: date.printed, read: date.iso });
  }
  const meeting = findMeeting(line);
  if (meeting) {
    Object.assign(facts, { meeting: meeting.meeting, recognised: true });
    if (meeting.misread) misreadings.push({ fact: 'meeting number', printed: meeting.printed, read: String(meeting.meeting) });
  }
  if (/\bAdopted\s+unanimously\b/i.test(line)) facts.unanimous = true;
  if (DRAFT_SYMBOL.test(line)) Object.assign(facts, { symbol: line, recognised: true });
  const sponsors = DRAFT_SPONSORS.exec(line);
  if (sponsors) Object.assign(facts, { sponsors: sponsors[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean), recognised: true });
  if (misreadings.length > 0) facts.misreadings = misreadings;
  return facts;
}

/** The members of the Council since 1966 (11 before): no count of votes can be larger. */
const COUNCIL_SEATS = 15;

const WORD_NUMBERS: Record<string, number> = {
  none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
};

function count(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : WORD_NUMBERS[word.toLowerCase()];
}

/** The delegations a vote names: "Cuba, Egypt and Union of Soviet Socialist Republics". */
function names(list: string): string[] {
  return list.split(/\s*,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Reads the closing line: "Adopted unanimously at the 3291st meeting.", "Adopted at the 1340th meeting by 11 votes to none, with 4 abstentions (…)." */
export function readVote(record: string): { vote: Vote; meeting?: number; misreadings: Misreading[] } {
  const vote: Vote = {};
  if (/\bunanimously\b/i.test(record)) vote.unanimous = true;
  if (/\bwithout\s+(?:a\s+)?vote\b/i.test(record)) vote.withoutVote = true;
  // "by 7 votes to 1 (Ukrainian Soviet Socialist Republic), with 3 abstentions (Cuba, Egypt, …)": who voted against may be named.
  const tally = /\bby\s+(\w+)\s+votes?\s+to\s+(\w+)(?:\s*\(([^)]*)\))?(?:\s*,?\s*with\s+(\w+)\s+abstentions?\s*\(([^)]*)\))?/i.exec(record);
  const unreadable: string[] = [];
  /** A count no larger than the Council: "73 votes" is an OCR misreading, not kept. */
  const counted = (word: string) => {
    const n = count(word);
    if (n !== undefined && n > COUNCIL_SEATS) unreadable.push(word);
    return n !== undefined && n <= COUNCIL_SEATS ? n : undefined;
  };
  if (tally) {
    const inFavour = counted(tally[1]!);
    const against = counted(tally[2]!);
    if (inFavour !== undefined) vote.inFavour = inFavour;
    if (against !== undefined) vote.against = against;
    if (tally[3] !== undefined) vote.votedAgainst = names(tally[3]);
    if (tally[4] !== undefined) {
      const abstaining = counted(tally[4]);
      if (abstaining !== undefined) vote.abstaining = abstaining;
      vote.abstentions = names(tally[5]!);
    }
  }
  vote.record = record;
  const meeting = findMeeting(record);
  const misreadings: Misreading[] = unreadable.map((printed) => ({ fact: 'vote', printed, read: `nothing (more than the Council's ${COUNCIL_SEATS} members): the count is left out, the record kept` }));
  if (meeting?.misread) misreadings.push({ fact: 'meeting number', printed: meeting.printed, read: String(meeting.meeting) });
  return { vote, ...(meeting ? { meeting: meeting.meeting } : {}), misreadings };
}
