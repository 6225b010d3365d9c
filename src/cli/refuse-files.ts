import type { Diagnostic } from '../load/diagnostic.js';
import { relativeDiagnostics } from './consolidation-options.js';
import { EXIT } from './exit-codes.js';
import { countDiagnostics, formatText } from './format/diagnostics.js';
import { useColour, type Io } from './io.js';

/** Says on stderr, located, why the `files` given cannot be used, and gives the exit code for it. */
export function refuseFiles(io: Io, problems: readonly Diagnostic[], files: number): number {
  const diagnostics = relativeDiagnostics(problems, io.cwd);
  io.stderr(formatText(diagnostics, countDiagnostics(files, diagnostics), useColour(io)));
  return EXIT.problems;
}
