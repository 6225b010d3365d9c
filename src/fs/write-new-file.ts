import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic, type WriteHooks } from './write-atomic.js';

/** The output file exists and the caller did not read it: overwriting could destroy work. */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes a file a command produces (a rendering, a new draft), atomically. An existing file is
 * overwritten only with `force`: bluedraft never replaces a file it did not read unless told to.
 * Missing folders on the way are created.
 */
export async function writeNewFile(file: string, content: string | Uint8Array, options: { force?: boolean; hooks?: WriteHooks } = {}): Promise<void> {
  const refuse = () => new FileExistsError(`${file} already exists`);
  if (!options.force && (await exists(file))) throw refuse();
  await mkdir(path.dirname(file), { recursive: true });
  await writeAtomic(file, content, {
    beforeRename: async (temporary) => {
      // Another program may have created the file since the check above.
      if (!options.force && (await exists(file))) throw refuse();
      await options.hooks?.beforeRename?.(temporary);
    },
  });
}
