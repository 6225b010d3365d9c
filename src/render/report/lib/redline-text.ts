import type { Redline } from '../../../diff/types.js';

const RED_STRUCK = '\x1b[31;9m';
const GREEN = '\x1b[32m';
const RESET = '\x1b[0m';

/**
 * A redline on one line of text: in a terminal, deletions red and struck through and insertions
 * green; elsewhere in the wdiff convention, [-deleted words-]{+inserted words+}.
 */
export function redlineText(redline: Redline, colour: boolean): string {
  return redline.segments
    .map((segment) => {
      if (segment.kind === 'equal') return segment.text;
      if (colour) return `${segment.kind === 'delete' ? RED_STRUCK : GREEN}${segment.text}${RESET}`;
      return segment.kind === 'delete' ? `[-${segment.text}-]` : `{+${segment.text}+}`;
    })
    .join('');
}
