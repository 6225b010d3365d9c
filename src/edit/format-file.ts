import { diagnostic, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { FileChangedError, FileReadOnlyError, replaceFile } from '../fs/replace-file.js';
import type { WriteHooks } from '../fs/write-atomic.js';
import { formatSource } from './format-source.js';
import { readEditable } from './read-editable.js';

export type FormatStatus = 'unchanged' | 'formatted' | 'would-change' | 'not-formatted';

export interface FileFormatting {
  file: string;
  status: FormatStatus;
  changes: string[];
  diagnostics: Diagnostic[];
}

export interface FormatOptions {
  /** Report what would change, and change nothing. */
  check?: boolean;
  hooks?: WriteHooks;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Formats one file in place (see `formatSource`); the original survives any failure untouched. */
export async function formatFile(file: string, options: FormatOptions = {}): Promise<FileFormatting> {
  const failed = (code: string, message: string, hint: string, diagnostics: Diagnostic[] = []): FileFormatting => ({
    file,
    status: 'not-formatted',
    changes: [],
    diagnostics: [...diagnostics, diagnostic(file, START_OF_FILE, 'error', code, message, hint)],
  });
  let read;
  try {
    read = await readEditable(file);
  } catch (error) {
    return failed('unreadable', `cannot read the file: ${reason(error)}`, 'check the path and its permissions');
  }
  if (!read.ok) return { file, status: 'not-formatted', changes: [], diagnostics: [read.diagnostic] };
  const result = formatSource(file, read.text);
  if (result.text === undefined) return { file, status: 'not-formatted', changes: [], diagnostics: result.diagnostics };
  if (result.text === read.text) return { file, status: 'unchanged', changes: [], diagnostics: result.diagnostics };
  if (options.check) return { file, status: 'would-change', changes: result.changes, diagnostics: result.diagnostics };
  try {
    await replaceFile(file, read.text, result.text, options.hooks);
  } catch (error) {
    if (error instanceof FileReadOnlyError) return failed('read-only', 'the file is read-only, so fmt left it as it is', 'make it writable (chmod u+w) if it is yours to format, then run fmt again', result.diagnostics);
    if (error instanceof FileChangedError) return failed('file-changed', 'the file changed on disk while fmt was working on it, so it was not rewritten', 'save your work, then run fmt again', result.diagnostics);
    return failed('write-failed', `could not write the file (${reason(error)}); it was left exactly as it was`, 'check the free space and permissions of the folder, then run fmt again', result.diagnostics);
  }
  return { file, status: 'formatted', changes: result.changes, diagnostics: result.diagnostics };
}
