/**
 * What import says when it reads a paragraph number or subparagraph label otherwise than it is
 * printed: the `reason` of the correction it records, and the words of the `note` on a number the
 * source does not print. One home for these words, so that a reader (or a test) can tell such a
 * correction from any other.
 */
export const NUMBER_READING = {
  /** "S." read as "5.", "ll." as "11.", "1," as "1.". */
  paragraph: 'OCR misreading of the paragraph number',
  /** "16. |", "24. ~—": a mark the scan left after the number. */
  mark: 'stray mark after the paragraph number (OCR)',
  /** "(6)" read as "(b)". */
  label: 'OCR misreading of the subparagraph label',
  /** The words of the note on a paragraph whose number the source does not print. */
  supplied: 'is not printed in the source',
  /** Every correction reason above. */
  reasons: new Set<string>([
    'OCR misreading of the paragraph number',
    'stray mark after the paragraph number (OCR)',
    'OCR misreading of the subparagraph label',
  ]) as ReadonlySet<string>,
} as const;
