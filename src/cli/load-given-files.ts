import path from 'node:path';
import type { Diagnostic } from '../load/diagnostic.js';
import type { LoadedDocument } from '../load/load-document.js';
import { collectFiles } from '../fs/collect-files.js';
import { loadChecked } from './load-checked.js';
import { UsageError } from './usage-error.js';

/**
 * The resolution files a command was given by name (diff, merge), each read and checked by
 * `loadChecked`, in the order given; or, located, why one cannot be read (collectFiles says when
 * a path does not exist or is a broken link). A folder among them is a usage error, ending with
 * `giveFiles` (what to give instead).
 */
export async function loadGivenFiles(files: readonly string[], cwd: string, giveFiles: string): Promise<{ loaded: LoadedDocument[]; problems: Diagnostic[] }> {
  const loaded: LoadedDocument[] = [];
  const problems: Diagnostic[] = [];
  for (const file of files) {
    const found = await collectFiles([file]);
    problems.push(...found.diagnostics);
    if (found.diagnostics.length > 0) continue;
    if (found.files.length !== 1 || found.files[0] !== file) throw new UsageError(`${path.relative(cwd, file) || file} is a folder; ${giveFiles}`);
    const result = await loadChecked(file);
    if (result.ok) loaded.push(result.loaded);
    else problems.push(...result.diagnostics);
  }
  return { loaded, problems };
}
