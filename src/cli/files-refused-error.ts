import type { Diagnostic } from '../load/diagnostic.js';

/**
 * The files a command needed could not be read: their problems are the answer, said as
 * `validate` says them (exit 1), not a usage error about what they lack.
 */
export class FilesRefusedError extends Error {
  override readonly name = 'FilesRefusedError';
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[],
    readonly files: number,
  ) {
    super(message);
  }
}
