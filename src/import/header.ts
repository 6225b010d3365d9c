import type { Vote } from '../model/document.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "16 June 1993" → "1993-06-16". */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const m = MONTHS.indexOf(month.toLowerCase());
  if (m < 0) return undefined;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const DATE = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/;
const MEETING = /\b(\d{1,5})\s*(?:st|nd|rd|th)\s+meeting\b/i;
const TITLE = /^(?:RESOLUTION|Resolution)\s+(\d{1,4})\s*\(\s*(\d{4})\s*\)/;
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
  /** The line said something we could use. */
  recognised: boolean;
}

/** Reads a line of the header: "RESOLUTION 841 (1993)", "Adopted … at its 3238th meeting, on 16 June 1993", "S/2017/769" … */
export function readHeaderLine(text: string): HeaderFacts {
  const facts: HeaderFacts = { recognised: false };
  const title = TITLE.exec(text);
  if (title) Object.assign(facts, { number: Number(title[1]), year: Number(title[2]), recognised: true });
  const date = DATE.exec(text);
  if (date && (/^(?:of|on)\s/i.test(text) || /Adopted/i.test(text) || text.trim() === date[0] || title)) {
    const iso = isoDate(date[1]!, date[2]!, date[3]!);
    if (iso) Object.assign(facts, { date: iso, recognised: true });
  }
  const meeting = MEETING.exec(text);
  if (meeting) Object.assign(facts, { meeting: Number(meeting[1]), recognised: true });
  if (/\bAdopted\s+unanimously\b/i.test(text)) facts.unanimous = true;
  if (DRAFT_SYMBOL.test(text.trim())) Object.assign(facts, { symbol: text.trim(), recognised: true });
  const sponsors = DRAFT_SPONSORS.exec(text.trim());
  if (sponsors) Object.assign(facts, { sponsors: sponsors[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean), recognised: true });
  return facts;
}

const WORD_NUMBERS: Record<string, number> = {
  none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
};

function count(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : WORD_NUMBERS[word.toLowerCase()];
}

/** Reads the closing line: "Adopted unanimously at the 3291st meeting.", "Adopted at the 1340th meeting by 11 votes to none, with 4 abstentions (…)." */
export function readVote(record: string): { vote: Vote; meeting?: number } {
  const vote: Vote = {};
  if (/\bunanimously\b/i.test(record)) vote.unanimous = true;
  if (/\bwithout\s+(?:a\s+)?vote\b/i.test(record)) vote.withoutVote = true;
  const tally = /\bby\s+(\w+)\s+votes?\s+to\s+(\w+)(?:\s*,?\s*with\s+(\w+)\s+abstentions?\s*\(([^)]*)\))?/i.exec(record);
  if (tally) {
    const inFavour = count(tally[1]!);
    const against = count(tally[2]!);
    if (inFavour !== undefined) vote.inFavour = inFavour;
    if (against !== undefined) vote.against = against;
    if (tally[3] !== undefined) {
      const abstaining = count(tally[3]);
      if (abstaining !== undefined) vote.abstaining = abstaining;
      vote.abstentions = tally[4]!.split(/\s*,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
    }
  }
  vote.record = record;
  const meeting = MEETING.exec(record);
  return meeting ? { vote, meeting: Number(meeting[1]) } : { vote };
}
