import { chmod, readFile, realpath, stat } from 'node:fs/promises';
import { writeAtomic, type WriteHooks } from './write-atomic.js';

/** The file changed on disk after it was read: writing now would lose someone's edit. */
export class FileChangedError extends Error {
  override readonly name = 'FileChangedError';
}

/** The file is read-only: its owner said it must not change, and bluedraft does not overrule that (not even as root). */
export class FileReadOnlyError extends Error {
  override readonly name = 'FileReadOnlyError';
}

/**
 * Replaces a file the caller has read with new content, atomically, keeping its permissions.
 * A symbolic link is followed: its target gets the new text and the link stays a link. A file
 * no one may write (no write permission bit) is refused. Just before the new text takes the
 * file's place, the file is read again: if it no longer holds what the caller read (an editor
 * saved it meanwhile), nothing is replaced.
 */
export async function replaceFile(file: string, readText: string, content: string, hooks: WriteHooks = {}): Promise<void> {
  const target = await realpath(file);
  const { mode } = await stat(target);
  if ((mode & 0o222) === 0) throw new FileReadOnlyError(`${file} is read-only`);
  await writeAtomic(target, content, {
    beforeRename: async (temporary) => {
      await chmod(temporary, mode & 0o7777);
      await hooks.beforeRename?.(temporary);
      const now = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(target));
      if (now !== readText) throw new FileChangedError(`${file} changed on disk while bluedraft was working on it`);
    },
  });
}
