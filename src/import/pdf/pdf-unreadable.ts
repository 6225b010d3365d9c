/** Why a PDF cannot be imported at all. */
export type PdfProblem = 'not-pdf' | 'encrypted' | 'damaged' | 'no-text' | 'too-large';

/** Thrown while reading a PDF that cannot be imported; `message` says what is wrong and `hint` what to do. */
export class PdfUnreadable extends Error {
  constructor(
    readonly problem: PdfProblem,
    message: string,
    readonly hint: string,
    /** The page the problem was found on, where there is one. */
    readonly page?: number,
  ) {
    super(message);
  }
}
