import type { Diagnostic } from '../../load/diagnostic.js';
import type { LineOrigin } from './docx-lines.js';
import type { ShownParagraph } from './shown-paragraphs.js';

const WORDS = 8;

/** Where a paragraph is, for a person with the Word file open: 'paragraph 14, "Decides that all States shall …"'. */
export function paragraphPlace(paragraph: Pick<ShownParagraph, 'number' | 'text'>): string {
  const words = paragraph.text.replace(/\s+/g, ' ').trim().split(' ');
  const opening = words.slice(0, WORDS).join(' ');
  return opening === '' ? `paragraph ${paragraph.number} (no text)` : `paragraph ${paragraph.number}, "${opening}${words.length > WORDS ? ' …' : ''}"`;
}

/** The column, in the paragraph's own line, of a diagnostic's column in the text handed to the importer. */
function ownColumn(col: number, origin: LineOrigin): number {
  return Math.max(1, col - origin.prefix);
}

/**
 * Locates the importer's diagnostics in the Word file: `line` becomes the paragraph's number,
 * `col` the column in its text, and `where` names the paragraph and its first words. A
 * diagnostic on a separator line is placed at the paragraph before it.
 */
export function locateInWord(diagnostics: readonly Diagnostic[], origins: ReadonlyMap<number, LineOrigin>): Diagnostic[] {
  return diagnostics.map((d) => {
    let line = d.line;
    while (line > 1 && !origins.has(line)) line--;
    const origin = origins.get(line) ?? origins.get(Math.min(...origins.keys()));
    if (!origin) return d;
    return { ...d, line: origin.paragraph.number, col: line === d.line ? ownColumn(d.col, origin) : 1, where: paragraphPlace(origin.paragraph) };
  });
}
