import type { Element } from 'xast';
import type { Redline } from '../../../diff/types.js';
import { w } from '../ooxml.js';
import type { Revisions } from '../revisions.js';
import { textRuns, type RunOptions } from '../runs.js';

/** `text` as runs, its first `italic` characters (counted from `from` on its own side) in italics. */
function italicRuns(text: string, from: number, italic: number, options: RunOptions): Element[] {
  const cut = Math.max(0, Math.min(text.length, italic - from));
  return [...textRuns(text.slice(0, cut), { italic: true }, options), ...textRuns(text.slice(cut), {}, options)];
}

/**
 * A clause's redline as tracked changes inside its paragraph: kept words as they are, deleted
 * words in `w:del` (as `w:delText`), inserted words in `w:ins`, each with the author and date.
 * The opening words are in italics on each side, as the layout prints them.
 */
export function redlineRuns(redline: Redline, italic: { old: number; new: number }, revisions: Revisions): Element[] {
  const runs: Element[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const segment of redline.segments) {
    if (segment.kind === 'equal') {
      runs.push(...italicRuns(segment.text, newAt, italic.new, {}));
      oldAt += segment.text.length;
      newAt += segment.text.length;
    } else if (segment.kind === 'insert') {
      runs.push(w('ins', revisions.mark(), italicRuns(segment.text, newAt, italic.new, {})));
      newAt += segment.text.length;
    } else {
      runs.push(w('del', revisions.mark(), italicRuns(segment.text, oldAt, italic.old, { deleted: true })));
      oldAt += segment.text.length;
    }
  }
  return runs;
}
