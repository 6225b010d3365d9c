import { documentDate } from '../../consolidate/regime-document.js';
import type { Revision } from './trace-history.js';
import { NegotiationRefusal } from '../refusal.js';

/**
 * The revisions of a folder in the order of their dates (adopted, voted, revised or circulated,
 * as `documentDate` reads them), oldest first; revisions of one date keep the order of their
 * names. A revision without a date cannot be placed, and is named.
 */
export function orderByDate(revisions: readonly Revision[]): Revision[] {
  const undated = revisions.filter((r) => documentDate(r.document) === undefined);
  if (undated.length > 0) {
    throw new NegotiationRefusal(`${undated.map((r) => r.name).join(', ')} ${undated.length === 1 ? 'has' : 'have'} no date, so the revisions of the folder cannot be put in order; give each a dates.revised (or circulated), or name the files in order`);
  }
  return [...revisions].sort((a, b) => documentDate(a.document)!.localeCompare(documentDate(b.document)!) || a.name.localeCompare(b.name));
}
