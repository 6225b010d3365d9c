import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../../load/diagnostic.js';
import { heading, paragraph, table, type Phrasing } from './mdast.js';

/** The problems found in the files, so that a reader knows where the result may be incomplete. */
export function problemsSection(diagnostics: readonly Diagnostic[]): RootContent[] {
  if (diagnostics.length === 0) return [];
  const rows = diagnostics.map((d): Phrasing[][] => [[`${d.file}:${d.line}:${d.col}`], [d.severity], [`${d.message}${d.hint ? ` (fix: ${d.hint})` : ''}`], [d.code]]);
  return [heading(2, 'Problems found in the files'), paragraph('The result above leaves out or doubts what these concern.'), table([['Where'], ['Severity'], ['Problem'], ['Code']], rows)];
}
