/** How reports name documents, dates and paragraphs, in the words a delegation uses. */
import type { DocumentDates, DocumentKind } from '../../../model/document.js';
import { documentDate } from '../../../consolidate/regime-document.js';

let months: string[] | undefined;

/**
 * The month names, made on first use: setting up Intl.DateTimeFormat takes ~20 ms, and every
 * command that loads this module (validate among them) would pay it even with no date to show.
 */
function monthNames(): string[] {
  if (months === undefined) {
    const name = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
    months = Array.from({ length: 12 }, (_, month) => name.format(Date.UTC(2000, month, 1)));
  }
  return months;
}

/**
 * "1993-08-27" → "27 August 1993", the UN's own style. Day and year are kept as written (a date
 * the file gets wrong is shown as it stands, never moved to another day); anything else as given.
 */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? monthNames()[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** "1993-10-19" → "19 October 1993"; a date-time keeps its time as given: "18 October 1993, 23:59-05:00". */
export function formatMoment(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(.+)$/.exec(text);
  return match ? `${formatDate(match[1]!)}, ${match[2]}` : formatDate(text);
}

export interface NamedDocument {
  kind?: DocumentKind;
  symbol?: string;
  revision?: string;
  dates?: DocumentDates;
  /** Where only one date is known. */
  date?: string;
}

/** "resolution 861 (1993) of 27 August 1993", "draft S/2017/769 (rev.1) of 16 December 2019", "the draft (zero draft) of …" */
export function documentName(document: NamedDocument): string {
  const resolution = document.kind === 'resolution' && document.symbol ? document.symbol.replace(/^S\/RES\//, 'resolution ') : undefined;
  const name = resolution ?? (document.symbol ? `draft ${document.symbol}` : 'the draft');
  const revision = document.revision ? ` (${document.revision})` : '';
  const date = document.date ?? documentDate(document);
  return `${name}${revision}${date ? ` of ${formatDate(date)}` : ''}`;
}

/** The first letter in capitals, for a name that opens a sentence or a heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 reworded", "3 subparagraphs reworded": a count and its noun, which agree. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

const REGIME_NAMES: Record<string, string> = { dprk: 'DPRK' };

/** "haiti" → "Haiti", "southern-rhodesia" → "Southern Rhodesia", "dprk" → "DPRK". */
export function regimeName(id: string): string {
  return REGIME_NAMES[id] ?? id.split('-').map(capitalise).join(' ');
}
