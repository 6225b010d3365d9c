import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const HAITI_841 = path.join(ROOT, 'resolutions/haiti/S-RES-841-1993.yaml');

const ADOPTION_FACTS = /^symbol: S\/RES\/841 \(1993\)\nkind: resolution\nnumber: 841\nyear: 1993\nstatus: adopted\ndates:\n {2}adopted: (\S+)\nmeeting: 3238\n/m;

/**
 * The shipped file of resolution 841 (1993), turned into a draft of the kind a drafting team
 * keeps: its adoption facts (symbol, number, year, adoption date, meeting) replaced by a draft's
 * status and circulation date, everything else — 17 operative paragraphs with their internal
 * citations, references and effects — as shipped.
 */
export function haitiDraft(): string {
  const shipped = readFileSync(HAITI_841, 'utf8');
  if (!ADOPTION_FACTS.test(shipped)) throw new Error(`${HAITI_841} no longer starts with the adoption facts this fixture replaces`);
  return shipped.replace(ADOPTION_FACTS, 'kind: draft\nstatus: circulated\ndates:\n  circulated: $1\n');
}

/** Inserts `lines` before the line that equals `before`; fails loudly when that line is not there. */
export function insertBefore(text: string, before: string, lines: string): string {
  const at = text.indexOf(`\n${before}\n`);
  if (at < 0) throw new Error(`no line "${before}" in the fixture`);
  return `${text.slice(0, at + 1)}${lines}${text.slice(at + 1)}`;
}

/** The lines of the list entry that starts with `start`, up to the next line that starts with `next`. */
export function entryLines(text: string, start: string, next: string): string {
  const from = text.indexOf(`\n${start}\n`);
  const to = text.indexOf(`\n${next}\n`, from + 1);
  if (from < 0 || to < 0) throw new Error(`no entry from "${start}" to "${next}" in the fixture`);
  return text.slice(from + 1, to + 1);
}
