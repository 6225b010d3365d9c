import { watch, type FSWatcher } from 'node:fs';

/**
 * Calls `changed` once after each burst of changes under `dir` (an editor's save is often
 * several events). Recursive watching is what Node 20 offers on Linux, macOS and Windows.
 */
export function watchDir(dir: string, changed: () => void, settleMs = 150): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(changed, settleMs);
    });
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  return {
    close() {
      clearTimeout(timer);
      watcher?.close();
    },
  };
}
