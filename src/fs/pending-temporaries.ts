import { rmSync } from 'node:fs';

/** Temporary files written and not yet renamed into place or removed. */
const pending = new Set<string>();

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Ctrl+C or a `kill` while a temporary file is on disk: it is removed, then the process ends as
 * the signal would have ended it (exit 128 + the signal's number). The handlers are installed
 * only while a temporary file is pending, so that at any other time the signals act as always.
 */
function onSignal(signal: keyof typeof SIGNALS): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
  process.exit(128 + SIGNALS[signal]);
}

/** Records a temporary file, to be removed should the process be interrupted before `settled`. */
export function pendingTemporary(file: string): { settled: () => void } {
  if (pending.size === 0) for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.on(signal, onSignal);
  pending.add(file);
  return {
    settled: () => {
      pending.delete(file);
      if (pending.size === 0) for (const signal of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.off(signal, onSignal);
    },
  };
}
