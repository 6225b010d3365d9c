/**
 * Wording that is probably an OCR misreading. These are only pointed out: import never changes a
 * word; a person corrects the text and records the correction with the original.
 */
export interface OcrDoubt {
  offset: number;
  kind: 'misreading' | 'footnote-marker';
  original: string;
  message: string;
}

/** Short words that OCR makes of "to" and "of" and "all". */
const MISREAD_WORDS: Record<string, string> = { io: 'to', fo: 'to', cf: 'of', ail: 'all', tbe: 'the', bv: 'by' };

export function findOcrDoubts(text: string): OcrDoubt[] {
  const doubts: OcrDoubt[] = [];
  for (const match of text.matchAll(/\b([A-Za-z]+[!|]+[A-Za-z]*|[A-Za-z]*[|][A-Za-z]+)(?=[\s,;.]|$)/g)) {
    doubts.push({ kind: 'misreading', offset: match.index, original: match[1]!, message: `"${match[1]}" has a stray "!" or "|" inside a word (an OCR misreading of "l" or "1"?)` });
  }
  for (const match of text.matchAll(/(?<=^|\s)([*§#]+[a-z]+|[a-z]+[*§#]+)(?=\s|$)|(?<=\s)(§)(?=\s)/g)) {
    const original = match[1] ?? match[2]!;
    doubts.push({ kind: 'misreading', offset: match.index, original, message: `"${original}" contains a symbol where a letter or digit is expected (OCR?)` });
  }
  for (const match of text.matchAll(/\b([A-Za-z]+)\b/g)) {
    const suggestion = MISREAD_WORDS[match[1]!];
    if (suggestion) doubts.push({ kind: 'misreading', offset: match.index, original: match[1]!, message: `"${match[1]}" is probably an OCR misreading of "${suggestion}"` });
  }
  for (const match of text.matchAll(/(?<=(?:,|\b\d{4}))\s(\d{2,3})(?=(?:\s+\d{2,3})*\s*(?:[a-z]|,|$))/g)) {
    doubts.push({ kind: 'footnote-marker', offset: match.index + 1, original: match[1]!, message: `"${match[1]}" looks like a footnote marker left in the running text` });
  }
  return doubts.sort((a, b) => a.offset - b.offset);
}
