import type { ImportReport, SourceLine } from './located-input.js';
import { OPENING } from './patterns.js';

/**
 * Lines the print layout adds to a page, which are no part of the resolution: job numbers
 * ("02-75941 (E)", "92-12345", "02-75941 (E) 301202", with the page number beside it: "2 02-75941",
 * "02-75941 3/3"), bar codes ("*0275941*"), page marks ("PAGE 3 of 3", "Page 2",
 * "- 2 -", "/..."), "Please recycle", and, once the text has begun, the document's symbol
 * repeated as a running header ("S/RES/1454 (2002)", with or without a page number beside it).
 */
const FURNITURE: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /^(?:\d{1,3}(?:\/\d{1,3})?\s+)?\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6,}|\s+[A-Z]\/\d+|\s+\d{1,3}(?:\/\d{1,3})?)*\s*$/, what: 'a job number' },
  { pattern: /^\*\d{6,}\*$/, what: 'a bar code' },
  { pattern: /^(?:PAGE|Page)\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/, what: 'a page mark' },
  { pattern: /^-\s*\d{1,3}\s*-$/, what: 'a page mark' },
  { pattern: /^\/(?:\.\.\.|…)$/, what: 'a page mark' },
  { pattern: /^Please\s+recycle\b.*$/i, what: 'a printer\'s line' },
];
/** The symbol as a running header, perhaps with the page number beside it. */
const RUNNING_SYMBOL = /^(?:\d{1,3}\s+)?S\/RES\/\d{1,4}\s*\(\d{4}\)(?:\s+\d{1,3})?$/;

/** What a furniture line is called in the reader's report. */
function furnitureOf(text: string, begun: boolean): string | undefined {
  const found = FURNITURE.find(({ pattern }) => pattern.test(text));
  if (found) return found.what;
  return begun && RUNNING_SYMBOL.test(text) ? 'the symbol repeated as a running header' : undefined;
}

/**
 * Takes page furniture out of the text: each such line is emptied (so that the text around it
 * joins as across any page break), recorded in `notes`, set aside, and reported where it stands.
 */
export function removePageFurniture(lines: readonly SourceLine[], report: ImportReport): { lines: SourceLine[]; notes: string[] } {
  const notes: string[] = [];
  let begun = false;
  const kept = lines.map((line) => {
    const text = line.text.trim();
    const what = text === '' ? undefined : furnitureOf(text, begun);
    if (OPENING.test(text)) begun = true;
    if (what === undefined) return line;
    report.setLinesAside([line], 'page-furniture');
    notes.push(`Line ${line.line} of the source, "${text}", is ${what}, not part of any clause.`);
    report.add(line.line, 'info', 'import-page-furniture', `"${text}" is ${what}: it is left out of the clauses and kept in \`notes\``, 'if it is part of the text, put it back into the clause');
    return { text: '', line: line.line };
  });
  return { lines: kept, notes };
}
