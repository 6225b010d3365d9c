import { expandParagraphs } from '../../model/paragraph-path.js';

/** The operative paragraph numbers a reference's `paragraphs` cover ("5-9" → 5 … 9), or undefined where an entry names a subparagraph or does not read. */
export function paragraphNumbers(entries: readonly string[]): number[] | undefined {
  const numbers: number[] = [];
  for (const entry of entries) {
    const paths = expandParagraphs(entry);
    if (!paths || paths.some((p) => p.labels.length > 0)) return undefined;
    for (const path of paths) numbers.push(path.paragraph);
  }
  return numbers;
}

/** Paragraph numbers written as a reference writes them: runs as ranges ("5-8"), single ones alone ("10"). */
export function asRanges(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    ranges.push(end === k ? String(sorted[k]) : `${sorted[k]}-${sorted[end]}`);
    k = end + 1;
  }
  return ranges;
}
