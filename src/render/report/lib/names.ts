/** How reports name documents, dates and paragraphs, in the words a delegation uses. */
import type { DocumentDates, DocumentKind } from '../../../model/document.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1993-08-27" → "27 August 1993", the UN's own style. Anything else is shown as given. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

export interface NamedDocument {
  kind?: DocumentKind;
  symbol?: string;
  revision?: string;
  dates?: DocumentDates;
  /** Where only one date is known. */
  date?: string;
}

/** The date a document is known by: adoption for a resolution, else the latest of a draft's dates. */
export function documentDate(document: NamedDocument): string | undefined {
  const dates = document.dates ?? {};
  return document.date ?? dates.adopted ?? dates.voted ?? dates.revised ?? dates.circulated;
}

/** "resolution 861 (1993) of 27 August 1993", "draft S/2017/769 (rev.1) of 16 December 2019", "draft without a symbol (zero draft) …" */
export function documentName(document: NamedDocument): string {
  const resolution = document.kind === 'resolution' && document.symbol ? document.symbol.replace(/^S\/RES\//, 'resolution ') : undefined;
  const name = resolution ?? (document.symbol ? `draft ${document.symbol}` : 'draft without a symbol');
  const revision = document.revision ? ` (${document.revision})` : '';
  const date = documentDate(document);
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
