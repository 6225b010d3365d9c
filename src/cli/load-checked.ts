import type { Diagnostic } from '../load/diagnostic.js';
import { loadDocument, type LoadResult } from '../load/load-document.js';
import { checkDocumentAlone } from '../validate/check-document.js';
import { SchemaTrust } from '../validate/schema-trust.js';

/**
 * A file a command compares or reports on, read and checked as `validate` checks a file on its
 * own (ids, numbering, dates, brackets …, everything but what needs the corpus): a file with
 * duplicate clause ids or an impossible date is refused with its errors, never compared as if
 * it were sound. Warnings do not refuse it.
 */
export async function loadChecked(file: string): Promise<LoadResult> {
  const result = await loadDocument(file);
  if (!result.ok) return result;
  const errors: Diagnostic[] = checkDocumentAlone(result.loaded, SchemaTrust.WHOLE).filter((d) => d.severity === 'error');
  return errors.length > 0 ? { ok: false, diagnostics: errors } : result;
}
