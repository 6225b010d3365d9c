import type { Redline } from '../../../diff/types.js';
import { paint } from './terminal-style.js';


/**
 * A redline on one line of text: in a terminal, deletions red and struck through and insertions
 * green; elsewhere in the wdiff convention, [-deleted words-]{+inserted words+}.
 */
export function redlineText(redline: Redline, colour: boolean): string {
  return redline.segments
    .map((segment) => {
      if (segment.kind === 'equal') return segment.text;
      if (colour) return paint(segment.kind === 'delete' ? 'deleted' : 'inserted', segment.text, true);
      return segment.kind === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`;
    })
    .join('');
}
