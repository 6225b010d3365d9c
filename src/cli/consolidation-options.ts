import path from 'node:path';
import type { Diagnostic } from '../load/diagnostic.js';
import { parseAsOf } from '../consolidate/moment.js';
import type { AsOf } from '../consolidate/types.js';
import { UsageError } from './usage-error.js';

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
