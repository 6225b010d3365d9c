import type { Io } from './io.js';

/** One CLI command. Modules are loaded only when their command runs, to keep start-up fast. */
export interface Command {
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}
