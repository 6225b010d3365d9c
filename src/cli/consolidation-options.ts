import path from 'node:path';
import type { Diagnostic } from '../load/diagnostic.js';
import { loadRegime, type LoadedRegime } from '../consolidate/load-regime.js';
import { parseAsOf } from '../consolidate/moment.js';
import type { AsOf } from '../consolidate/types.js';
import { closest } from '../text/closest.js';
import { lookalikeNote } from '../load/lookalike-characters.js';
import { UsageError } from './usage-error.js';
import { FilesRefusedError } from './files-refused-error.js';
import { loadDocument } from '../load/load-document.js';

/** The regime `id` read from `--dir` (default ./resolutions); a usage error, with the regimes there, when no file declares it. */
export async function regimeOption(id: string, dir: string | undefined, cwd: string): Promise<LoadedRegime> {
  const folder = path.resolve(cwd, dir ?? 'resolutions');
  const loaded = await loadRegime(id, folder);
  if (loaded.regime.documents.length === 0) {
    await refuseUnreadable(id, folder, loaded, cwd);
    const suggestion = closest(id, loaded.regimes);
    const known = loaded.regimes.length > 0 ? `regimes there: ${loaded.regimes.join(', ')}` : 'no regime is declared there';
    throw new UsageError(`no resolution in ${path.relative(cwd, folder) || '.'} has \`regime: ${id}\`${lookalikeNote(id) || (suggestion ? `; did you mean "${suggestion}"?` : '')} (${known})`);
  }
  return loaded;
}

/**
 * Where no file declares the regime but some could not be read, the regime may well be in
 * them: their problems are shown (as `validate` shows them), not "no regime is declared".
 */
async function refuseUnreadable(id: string, folder: string, loaded: LoadedRegime, cwd: string): Promise<void> {
  const skipped = [...new Set(loaded.diagnostics.filter((d) => d.code === 'skipped-file').map((d) => d.file))];
  if (skipped.length === 0) return;
  const problems: Diagnostic[] = [];
  for (const file of skipped) {
    const result = await loadDocument(file);
    if (!result.ok) problems.push(...result.diagnostics);
  }
  const where = path.relative(cwd, folder) || '.';
  throw new FilesRefusedError(`no readable resolution in ${where} has \`regime: ${id}\`, and ${skipped.length} file${skipped.length === 1 ? '' : 's'} there could not be read (above)`, relativeDiagnostics(problems, cwd), skipped.length);
}

/** The `--as-of` value, checked; today's date where none is given. */
export function asOfOption(value: string | undefined, fallback: string = new Date().toISOString().slice(0, 10)): AsOf {
  const asOf = parseAsOf(value ?? fallback);
  if (!asOf) throw new UsageError(`--as-of must be a date (YYYY-MM-DD) or an ISO date-time with a zone (got "${value}")`);
  return asOf;
}

/** Diagnostics with file names relative to the working folder, as a person typed them. */
export function relativeDiagnostics(diagnostics: readonly Diagnostic[], cwd: string): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, file: path.relative(cwd, d.file) || d.file }));
}
