/** Why a Word file cannot be read at all: said with the fix, and nothing is written. */
export class DocxUnreadable extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
