import type { Redline } from '../../diff/types.js';

/** The revision each non-space character of a wording came in at, in order. */
export type Tags = number[];

const nonSpace = (text: string) => text.replace(/\s+/g, '').length;

/** Every character of `text` new at `revision`. */
export function freshTags(text: string, revision: number): Tags {
  return new Array<number>(nonSpace(text)).fill(revision);
}

/**
 * The tags of a new wording from the old one's and the redline between them: what stayed keeps
 * its revision, what was inserted is new at `revision`.
 */
export function carryTags(old: Tags, redline: Redline, revision: number): Tags {
  const out: Tags = [];
  let at = 0;
  for (const segment of redline.segments) {
    const n = nonSpace(segment.text);
    if (segment.kind === 'delete') at += n;
    else if (segment.kind === 'insert') for (let i = 0; i < n; i++) out.push(revision);
    else for (let i = 0; i < n; i++) out.push(old[Math.min(at++, old.length - 1)] ?? revision);
  }
  return out;
}

/**
 * The final wording cut into runs of words that came in at one revision: a word takes the
 * latest revision of any of its characters (a word partly rewritten is the rewriter's).
 */
export function blameRuns(text: string, tags: Tags): Array<{ revision: number; text: string }> {
  const runs: Array<{ revision: number; text: string }> = [];
  let at = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const own = tags.slice(at, at + word.length);
    const revision = own.length > 0 ? Math.max(...own) : (tags.at(-1) ?? 0);
    at += word.length;
    const last = runs.at(-1);
    if (last && last.revision === revision) last.text += ` ${word}`;
    else runs.push({ revision, text: word });
  }
  return runs;
}
