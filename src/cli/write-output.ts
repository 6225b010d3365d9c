import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { WriteHooks } from '../fs/write-atomic.js';
import { FileExistsError, writeNewFile } from '../fs/write-new-file.js';
import type { Io } from './io.js';

/**
 * The file system refused the file a command was asked to write (`-o FILE`): the user's
 * environment, not a fault in bluedraft. `main` says it with the file and how to fix it, and
 * exits 1 (never 3, which is for bluedraft's own faults).
 */
export class OutputRefusedError extends Error {
  override readonly name = 'OutputRefusedError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** What the system's error code means for a file being written, and what to do about it. */
const REASONS: Record<string, [string, string]> = {
  EACCES: ['permission denied', "check the folder's permissions, or write somewhere else"],
  EPERM: ['permission denied', "check the folder's permissions, or write somewhere else"],
  EROFS: ['the file system is read-only', 'write somewhere else'],
  ENOSPC: ['the disk is full', 'free some space, or write somewhere else'],
  EDQUOT: ['the disk quota is used up', 'free some space, or write somewhere else'],
  ENOTDIR: ['a part of its path is a file, not a folder', 'check the path'],
  EISDIR: ['it is a folder', 'give a file name'],
  ENAMETOOLONG: ['its name is too long', 'choose a shorter name'],
};

/** The refusal to report for `error`, thrown while writing `shown`. */
export function outputRefusal(error: unknown, shown: string): OutputRefusedError {
  if (error instanceof FileExistsError) return new OutputRefusedError(`${shown} already exists`, 'choose another file, or add --force to replace it');
  const { code = '', syscall } = (error ?? {}) as NodeJS.ErrnoException;
  // Creating the missing folders meets a file of the same name: a file on the path, as ENOTDIR says.
  const known = code === 'EEXIST' && syscall === 'mkdir' ? REASONS.ENOTDIR : REASONS[code];
  if (known) return new OutputRefusedError(`could not write ${shown} (${known[0]}, ${code})`, known[1]);
  return new OutputRefusedError(`could not write ${shown} (${error instanceof Error ? error.message : String(error)})`, "check the folder's permissions and free space");
}

/**
 * The one way a command writes the file given with `-o` (import, new, render, merge, diff,
 * regime, impact, history): atomically, creating missing folders, never over an existing file
 * without `force` (the command never read it, so cannot know it is safe to lose), never onto a
 * folder. Any refusal of the file system is thrown as an `OutputRefusedError`.
 */
export async function writeOutputFile(io: Io, given: string, content: string | Uint8Array, options: { force?: boolean; hooks?: WriteHooks } = {}): Promise<void> {
  const file = path.resolve(io.cwd, given);
  const relative = path.relative(io.cwd, file);
  // Named as from the working folder, or in full where it lies outside it.
  const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  try {
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    await writeNewFile(file, content, { force: options.force ?? false, ...(options.hooks ? { hooks: options.hooks } : {}) });
  } catch (error) {
    throw outputRefusal(error, shown);
  }
}
