import type { Diagnostic } from '../load/diagnostic.js';
import { loadDocument, type LoadResult } from '../load/load-document.js';
import { checkComparable } from '../validate/check-document.js';
import { SchemaTrust } from '../validate/schema-trust.js';

/**
 * The errors that make a file unfit to compare: what a comparison goes by is broken (clause ids
 * that are not unique, dates that are not dates or run backwards, a symbol or year that
 * contradicts the document). A draft's unfinished state (a numbering gap left by a deleted
 * paragraph, an open bracket) is no such error: it is what a comparison is asked to show.
 */
const UNFIT_TO_COMPARE = new Set(['duplicate-id', 'invalid-date', 'date-order', 'year-mismatch', 'symbol-mismatch']);

/**
 * A file a command compares, read and checked as `validate` checks a file on its own, for what
 * a comparison goes by (`checkComparable`): a file with duplicate clause ids or an impossible
 * date is refused with those errors (exit 1, as for a file that does not parse), never compared
 * as if it were sound.
 */
export async function loadChecked(file: string): Promise<LoadResult> {
  const result = await loadDocument(file);
  if (!result.ok) return result;
  const errors: Diagnostic[] = checkComparable(result.loaded, SchemaTrust.WHOLE).filter((d) => d.severity === 'error' && UNFIT_TO_COMPARE.has(d.code));
  return errors.length > 0 ? { ok: false, diagnostics: errors } : result;
}
