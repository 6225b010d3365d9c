import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isPlainName } from './request-path.js';

/**
 * The real path of `relative` (slash-separated, as the pages write it) inside the folder whose
 * real path is `realDir`; `undefined` when it is absolute, climbs out with `..`, does not exist,
 * or leads outside the folder through a symbolic link.
 */
export async function resolveInDir(realDir: string, relative: string): Promise<string | undefined> {
  const segments = relative.split('/');
  if (!segments.every((segment) => segment !== '' && isPlainName(segment))) return undefined;
  const real = await realpath(path.join(realDir, ...segments)).catch(() => undefined);
  return real !== undefined && isInside(realDir, real) ? real : undefined;
}

export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
