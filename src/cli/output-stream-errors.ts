import { outputRefusal } from './write-output.js';

/** Exit status when the reader of the output went away, as a program killed by SIGPIPE has (git's, in `git log | head`). */
export const CLOSED_PIPE_EXIT = 128 + 13;

/**
 * What to do when writing to standard output fails, said as a command line tool should: a
 * closed pipe (`bluedraft regime dprk --format json | head -1`) means the reader has what it
 * wanted, so the process ends at once, quietly; any other failure (a full disk under
 * `> file`) is said on standard error with its reason, exit 1. Never a stack trace.
 */
export function onOutputError(error: NodeJS.ErrnoException, exit: (code: number) => void, stderr: (text: string) => void): void {
  if (error.code === 'EPIPE') {
    exit(CLOSED_PIPE_EXIT);
    return;
  }
  const refusal = outputRefusal(error, 'standard output');
  try {
    stderr(`bluedraft: ${refusal.message}\n    fix: ${refusal.hint}\n`);
  } finally {
    exit(1);
  }
}

/** Installs `onOutputError` on the process's standard output and error streams; once. */
export function guardOutputStreams(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  const exit = (code: number) => process.exit(code);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => onOutputError(error, exit, (text) => process.stderr.write(text)));
  // Standard error failing leaves nowhere to say anything: end quietly.
  process.stderr.on('error', (error: NodeJS.ErrnoException) => onOutputError(error, exit, () => {}));
}
