import type { Stats } from 'node:fs';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { fileKind } from './file-kind.js';

/** The refusal of a path given as a file that is something else (a folder, a pipe, a device …), said as what it is; it is not read. */
export function notAFile(file: string, info: Stats, hint = 'give a resolution file (.yaml)'): Diagnostic {
  const kind = fileKind(info) ?? 'not a regular file';
  const message = kind === 'a folder' ? 'this is a folder, not a file' : `this is ${kind}, not a file: it was not read`;
  return diagnostic(file, START_OF_FILE, 'error', 'not-a-file', message, info.isFIFO() ? `${hint}; to read what a program writes, save it to a file first` : hint);
}
