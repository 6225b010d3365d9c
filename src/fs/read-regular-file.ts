import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { pathProblem } from '../load/path-problem.js';
import { notAFile } from './not-a-file.js';

function statIfAny(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

export type RegularFileBytes = { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic };

/**
 * The bytes of `file`, refusing (with a located diagnostic named `name`) a path that is not a
 * regular file or is larger than `maxBytes`. The file is opened without blocking and examined
 * through its descriptor before a byte is read: a named pipe with no writer does not hang the
 * command, a device such as /dev/zero is never read, and the path cannot change in between.
 * Synchronous, as `readSource` explains.
 */
export function readRegularFile(file: string, maxBytes: number, name = file): RegularFileBytes {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than why opening failed.
    const info = statIfAny(file);
    return { ok: false, diagnostic: info && !info.isFile() ? notAFile(name, info) : pathProblem(name, error) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, diagnostic: notAFile(name, info) };
    if (info.size > maxBytes) {
      return {
        ok: false,
        diagnostic: diagnostic(name, START_OF_FILE, 'error', 'file-too-large', `file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB`, 'a resolution file holds one resolution or draft; split it, or check that this is the file you meant'),
      };
    }
    // A Buffer is a Uint8Array: handed on as read, not copied.
    return { ok: true, bytes: readFileSync(fd) };
  } catch (error) {
    return { ok: false, diagnostic: pathProblem(name, error) };
  } finally {
    closeSync(fd);
  }
}
