/**
 * Joining hard-wrapped lines back into running text. A word split at a line end by a hyphen is
 * joined ("inter-" + "national" → "international") only where the split is a printer's
 * hyphenation; the hyphen stays where it belongs to the word ("Secretary-" + "General",
 * "case-by-" + "case", "non-" + "proliferation"). Nothing else in a line is changed.
 */

/** First parts after which a line-end hyphen belongs to the word: "self-determination", "non-aligned". */
const HYPHENATED_PREFIXES = new Set([
  'all', 'anti', 'by', 'case', 'case-by', 'co', 'counter', 'cross', 'ex', 'follow', 'front', 'full', 'half', 'high', 'large', 'long', 'low',
  'mid', 'multi', 'no', 'non', 'off', 'on', 'one', 'over', 'pig', 'post', 'pre', 'quasi', 'self', 'short', 'so', 'well', 'wide',
  'food', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'twelve',
]);

/** Whole words that are written with a hyphen when their parts meet at a line end. */
const HYPHENATED_WORDS = new Set(['case-by-case', 'no-objection', 'follow-up', 'pig-iron', 'front-line', 'food-stuffs', 'cease-fire', 'long-range', 'large-scale', 'so-called', 'de-registration', 're-launch', 'co-operation', 'co-existence']);

export type HyphenDecision = 'joined' | 'kept';

export interface LineJoin {
  /** Index of the line that ended with the hyphen. */
  lineIndex: number;
  decision: HyphenDecision;
  /** The word as joined: "international", "Secretary-General". */
  word: string;
  reason: string;
}

export interface JoinedText {
  text: string;
  /** Offset at which each line's text starts in `text`. */
  starts: number[];
  joins: LineJoin[];
}

/** How a word split as "first-" / "second…" at a line end is joined. */
export function joinHyphenated(first: string, second: string): { decision: HyphenDecision; reason: string } {
  if (/^[A-Z0-9]/.test(second)) return { decision: 'kept', reason: 'the next part starts with a capital or a digit' };
  const lowerFirst = first.toLowerCase();
  const whole = `${lowerFirst}-${second.toLowerCase().replace(/[^a-z-].*$/, '')}`;
  if (HYPHENATED_WORDS.has(whole)) return { decision: 'kept', reason: `"${whole}" is written with a hyphen` };
  if (HYPHENATED_PREFIXES.has(lowerFirst)) return { decision: 'kept', reason: `"${first}-" is a prefix written with a hyphen` };
  if (!/[a-z]$/i.test(first) || !/^[a-z]/.test(second)) return { decision: 'kept', reason: 'the hyphen is not between two letters' };
  return { decision: 'joined', reason: 'a word divided at the end of a line' };
}

/** Joins lines with single spaces, removing printers' hyphenation; trims each line. */
export function joinLines(lines: readonly string[]): JoinedText {
  let text = '';
  const starts: number[] = [];
  const joins: LineJoin[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (index === 0 || text === '') {
      starts.push(text.length);
      text += line;
      return;
    }
    const split = /(?:^|[\s(])([\p{L}'’-]*\p{L})-$/u.exec(text);
    const next = /^[\p{L}\d]+/u.exec(line);
    if (split && next && !text.endsWith('--')) {
      const { decision, reason } = joinHyphenated(split[1]!.split('-').at(-1)!, next[0]);
      const lastPart = split[1]!.split('-').at(-1)!;
      if (decision === 'joined') text = text.slice(0, -1);
      starts.push(text.length);
      text += line;
      joins.push({ lineIndex: index - 1, decision, word: `${split[1]!.slice(0, split[1]!.length - lastPart.length)}${lastPart}${decision === 'kept' ? '-' : ''}${next[0]}`, reason });
      return;
    }
    text += ' ';
    starts.push(text.length);
    text += line;
  });
  return { text, starts, joins };
}
