import { chmod, readFile, stat } from 'node:fs/promises';
import { writeAtomic, type WriteHooks } from './write-atomic.js';

/** The file changed on disk after it was read: writing now would lose someone's edit. */
export class FileChangedError extends Error {
  override readonly name = 'FileChangedError';
}

/**
 * Replaces a file the caller has read with new content, atomically, keeping its permissions.
 * Just before the new text takes the file's place, the file is read again: if it no longer
 * holds what the caller read (an editor saved it meanwhile), nothing is replaced.
 */
export async function replaceFile(file: string, readText: string, content: string, hooks: WriteHooks = {}): Promise<void> {
  const { mode } = await stat(file);
  await writeAtomic(file, content, {
    beforeRename: async (temporary) => {
      await chmod(temporary, mode & 0o7777);
      await hooks.beforeRename?.(temporary);
      const now = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(file));
      if (now !== readText) throw new FileChangedError(`${file} changed on disk while bluedraft was working on it`);
    },
  });
}
