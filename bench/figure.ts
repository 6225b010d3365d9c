import type { Timing } from './measure.js';

/** One line of the bench table and of `bench/results.json`. */
export interface Figure {
  /** Stable key for comparing runs: "startup.validate". */
  id: string;
  /** What was measured, for a person. */
  label: string;
  /** `×` for a ratio of two of bluedraft's own figures. */
  unit: 'ms' | 'MB' | '×';
  /** bluedraft's figure (a median for times). */
  value: number;
  timing?: Timing;
  /** What a user would pick instead, measured in the same run on the same input. */
  peer?: Peer;
  /** value ÷ peer value: below 1, bluedraft is faster (or smaller). */
  ratio?: number;
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

/** A figure with its ratio to the peer. When the peer was cut off, the real ratio is smaller still. */
export function compared(figure: Omit<Figure, 'ratio'>): Figure {
  const peer = figure.peer?.value;
  return peer === undefined || peer === 0 ? figure : { ...figure, ratio: figure.value / peer };
}
