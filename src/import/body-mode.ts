/** Which part of a resolution the body builder is reading. */
export type BodyMode = 'preamble' | 'operative' | 'annex' | 'closing';
