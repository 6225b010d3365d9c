import { median, type Timing } from './measure.js';

/** One line of the bench table and of `bench/results.json`. */
export interface Figure {
  /** Stable key for comparing runs: "startup.validate". */
  id: string;
  /** What was measured, for a person. */
  label: string;
  /** `×` for a ratio of two of bluedraft's own figures; `count` for a number of things found (paragraphs reported moved). */
  unit: 'ms' | 'MB' | '×' | 'count';
  /** bluedraft's figure (a median for times). */
  value: number;
  timing?: Timing;
  /** What a user would pick instead, measured in the same run on the same input. */
  peer?: Peer;
  /** bluedraft ÷ peer, the median of per-round ratios where they ran interleaved (`compared`): below 1, bluedraft is faster (or smaller). */
  ratio?: number;
  /** How many interleaved rounds the ratio is the median of; absent for a ratio of two single figures. */
  pairedRuns?: number;
  /** The target, in words, and whether this run met it. */
  target?: string;
  met?: boolean;
  note?: string;
}

export interface Peer {
  name: string;
  /** Absent when the peer could not be run: `missing` says why. */
  value?: number;
  timing?: Timing;
  /** The peer hit its time limit: its real figure is more than `value`. */
  atLeast?: boolean;
  missing?: string;
}

/**
 * A figure with its ratio to the peer. Where both were timed together, round by round, the
 * ratio is the median of the rounds' ratios: a round slowed by the machine's other work slows
 * both runs of that round, and drops out of the ratio, where a ratio of medians would keep it.
 * When the peer was cut off, the real ratio is smaller still.
 */
export function compared(figure: Omit<Figure, 'ratio'>): Figure {
  const peer = figure.peer?.value;
  if (peer === undefined || peer === 0) return figure;
  const mine = figure.timing?.samples;
  const theirs = figure.peer?.timing?.samples;
  const paired = mine && theirs && mine.length === theirs.length && mine.length > 0 && theirs.every((t) => t > 0);
  return { ...figure, ratio: paired ? median(mine.map((value, i) => value / theirs[i]!)) : figure.value / peer, ...(paired && { pairedRuns: mine.length }) };
}
