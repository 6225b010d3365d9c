/** Wording an effect was read from: its offset in the paragraph's own text (its chapeau), and the words. */
export interface Cue {
  offset: number;
  wording: string;
}

/** The first match of `pattern` in `text` as a cue. */
export function cueOf(text: string, pattern: RegExp): Cue | undefined {
  const match = pattern.exec(text);
  return match ? { offset: match.index, wording: match[0] } : undefined;
}
