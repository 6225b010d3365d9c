import type { Stats } from 'node:fs';

/**
 * What a path that is not a regular file is, in plain words ("a folder", "a named pipe (FIFO)"
 * …); undefined for a regular file. Reading a pipe or a device as a file would wait for a
 * writer that may never come (a FIFO) or never end (/dev/zero), so such a path is named, not read.
 */
export function fileKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device (such as /dev/null, /dev/zero or a terminal)';
  if (info.isBlockDevice()) return 'a block device (a disk)';
  return 'not a regular file';
}
