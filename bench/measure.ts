import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Milliseconds: the median of the timed runs, and their spread. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
  /**
   * Every timed run in the order run. Cases timed together are interleaved round by round, so
   * the n-th samples of two cases ran under the same load: `compared` divides them pair by pair.
   */
  samples?: number[];
  /** The run was stopped at its time limit: the real time is more than `median`. */
  timedOut?: boolean;
}

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, samples: [...samples] };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  return timing([...values]).median;
}

/** A whole process to time: what a user types, as `command` and `args`. */
export interface ProcessCase {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  /** Exit codes that mean the run did its job (validate exits 1 when it finds the seeded errors). */
  exitCodes?: number[];
}

export interface Rounds {
  runs: number;
  warmup: number;
}

function runOnce(one: ProcessCase): number {
  const started = performance.now();
  // Output goes to /dev/null: a pipe that nobody reads would time the bench, not the tool.
  const result = spawnSync(one.command, one.args, { cwd: one.cwd, stdio: 'ignore' });
  const elapsed = performance.now() - started;
  if (result.error) throw new Error(`${one.name}: cannot run ${one.command}: ${result.error.message}`);
  const allowed = one.exitCodes ?? [0];
  if (!allowed.includes(result.status ?? -1)) throw new Error(`${one.name}: \`${one.command} ${one.args.join(' ')}\` exited with ${result.status ?? result.signal}, expected ${allowed.join(' or ')}`);
  return elapsed;
}

/**
 * Times whole processes, each case once per round, round after round: on a shared machine the
 * load drifts, and interleaving puts every case under the same drift rather than the first
 * case under one load and its peer under another. The first `warmup` rounds fill the file
 * cache and are not counted.
 */
export function timeProcesses(cases: readonly ProcessCase[], rounds: Rounds): Map<string, Timing> {
  const samples = new Map(cases.map((one) => [one.name, [] as number[]]));
  for (let round = 0; round < rounds.warmup + rounds.runs; round++) {
    for (const one of cases) {
      const elapsed = runOnce(one);
      if (round >= rounds.warmup) samples.get(one.name)!.push(elapsed);
    }
  }
  return new Map([...samples].map(([name, list]) => [name, timing(list)]));
}

/** A function to time in this process. */
export interface FunctionCase {
  name: string;
  run: () => void;
}

/** Times functions in this process, interleaved round by round like `timeProcesses`, for the same reason. */
export function timeFunctions(cases: readonly FunctionCase[], rounds: Rounds): Map<string, Timing> {
  const samples = new Map(cases.map((one) => [one.name, [] as number[]]));
  for (let round = 0; round < rounds.warmup + rounds.runs; round++) {
    for (const one of cases) {
      const started = performance.now();
      one.run();
      const elapsed = performance.now() - started;
      if (round >= rounds.warmup) samples.get(one.name)!.push(elapsed);
    }
  }
  return new Map([...samples].map(([name, list]) => [name, timing(list)]));
}

/**
 * Times a function in this process. `run` returns false when it gave up at its own time limit
 * (jsdiff's `timeout`); the timing is then a lower bound, and no more runs are made.
 */
export function timeFunction(run: () => boolean | void, rounds: Rounds): Timing {
  const samples: number[] = [];
  for (let round = 0; round < rounds.warmup + rounds.runs; round++) {
    const started = performance.now();
    const finished = run() !== false;
    const elapsed = performance.now() - started;
    if (!finished) return { ...timing([elapsed]), timedOut: true };
    if (round >= rounds.warmup) samples.push(elapsed);
  }
  return timing(samples);
}
