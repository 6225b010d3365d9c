import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pendingTemporary } from './pending-temporaries.js';

/** Where a write may be interrupted in tests, to prove the original file survives. */
export interface WriteHooks {
  /** Runs after the temporary file is written and flushed, before it replaces the target. */
  beforeRename?: (temporary: string) => Promise<void> | void;
}

/**
 * Writes `content` (text, written as UTF-8, or bytes) to `file` so that readers see either the old file or the new one, never a
 * mixture: the text goes to a temporary file in the same folder (same file system, so the
 * rename is atomic), is flushed to disk, then renamed over the target. On any failure the
 * temporary file is removed and the target is left exactly as it was; so it is when the process
 * is interrupted (SIGINT, SIGTERM) meanwhile.
 */
export async function writeAtomic(file: string, content: string | Uint8Array, hooks: WriteHooks = {}): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const tracked = pendingTemporary(temporary);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(content, typeof content === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforeRename?.(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    tracked.settled();
  }
}
