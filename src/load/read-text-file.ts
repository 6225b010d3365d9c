import { readRegularFile } from '../fs/read-regular-file.js';
import { decodeText, type DecodedText } from './decode-text.js';

/** Larger files are refused before they are read: no real resolution comes near this. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The text of a UTF-8 file: a path that is not a regular file (a folder, a pipe, a device), a
 * file over `MAX_FILE_BYTES`, a binary file or another encoding is refused with a located
 * diagnostic (`name`: the file as messages give it) and the fix. Every command that reads a
 * text given to it reads it here.
 */
export function readTextFile(file: string, name = file): DecodedText {
  const read = readRegularFile(file, MAX_FILE_BYTES, name);
  return read.ok ? decodeText(name, read.bytes) : read;
}
