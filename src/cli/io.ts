import { guardOutputStreams } from './output-stream-errors.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  /** Writes bytes to stdout (a Word document piped on); absent where the caller has no byte stream. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour, interactive prompts). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Reads one answer to a prompt; absent when there is no terminal to ask. */
  prompt?: (question: string) => Promise<string>;
}

export function processIo(): Io {
  guardOutputStreams();
  return {
    stdout: (text) => process.stdout.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
    // Loaded on first use, so that commands that never ask start as fast as before.
    ...(process.stdin.isTTY && process.stdout.isTTY ? { prompt: async (question: string) => (await import('./terminal-prompt.js')).terminalPrompt(question) } : {}),
  };
}

/** Colour only for a terminal, and never with NO_COLOR set (https://no-color.org). */
export function useColour(io: Io): boolean {
  return io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
}
