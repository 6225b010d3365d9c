import type { Reference } from '../../model/document.js';
import { parseCitations } from '../../text/parse-citations.js';

/**
 * The citations of a clause from another producer, in order of appearance: those its words make
 * (read as `bluedraft import` reads plain text, in English), and the `<ref>`s its producer marked
 * that no citation read from the words already covers. The words say more than an href can
 * ("paragraphs 5 and 6": both paragraphs); a `<ref>` finds what the words do not say plainly.
 */
export function clauseReferences(text: string, marked: readonly Reference[], readWords: boolean): Reference[] {
  const parsed = readWords ? parseCitations(text).map((c) => ({ reference: c.reference, start: c.start, end: c.end })) : [];
  const covered = (start: number, end: number) => parsed.some((p) => start < p.end && p.start < end);
  const refs: Array<{ reference: Reference; start: number }> = [];
  let from = 0;
  for (const reference of marked) {
    const start = reference.text ? text.indexOf(reference.text, from) : -1;
    if (start < 0) continue;
    from = start + reference.text!.length;
    if (!covered(start, from)) refs.push({ reference, start });
  }
  return [...parsed, ...refs].sort((a, b) => a.start - b.start).map((r) => r.reference);
}
