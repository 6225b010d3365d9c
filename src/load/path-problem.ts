import { diagnostic, START_OF_FILE, type Diagnostic } from './diagnostic.js';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Why a path could not be opened, said plainly, from the file system's error. */
export function pathProblem(file: string, error: unknown): Diagnostic {
  const fail = (code: string, message: string, hint: string) => diagnostic(file, START_OF_FILE, 'error', code, message, hint);
  switch (errorCode(error)) {
    case 'ENOENT':
      return fail('not-found', 'no such file or folder', 'check the spelling of the path, relative to the current folder');
    case 'ELOOP':
      return fail('symlink-loop', 'this path is a symbolic link that points back into itself', 'remove or correct the link');
    case 'EISDIR':
      return fail('not-a-file', 'this is a folder, not a file', 'give a resolution file (.yaml)');
    case 'EACCES':
    case 'EPERM':
      return fail('unreadable', 'permission denied', 'check the permissions of the file and its folders');
    default:
      return fail('unreadable', `cannot read this path (${errorCode(error) ?? (error instanceof Error ? error.message : String(error))})`, 'check the path and its permissions');
  }
}
