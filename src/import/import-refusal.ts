import type { Diagnostic } from '../load/diagnostic.js';

/**
 * Thrown by a reader (Word, PDF …) that cannot read its input at all: the file is not what its
 * name says, is damaged, encrypted or too large once unpacked. The command prints the located
 * diagnostics and `summary`, writes nothing and exits 1.
 */
export class ImportRefusal extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    /** What could not be read, for the closing line: "the file cannot be read as a Word document". */
    readonly summary: string,
  ) {
    super(summary);
  }
}
