import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../load/diagnostic.js';
import { loadDocument, type LoadedDocument } from '../load/load-document.js';
import { collectFiles } from './collect-files.js';
import { Corpus } from './corpus.js';
import { checkDocument } from './check-document.js';

export interface ValidationResult {
  /** Files read, in order. */
  files: string[];
  /** Every diagnostic, sorted by file and position. */
  diagnostics: Diagnostic[];
}

export interface ValidationOptions {
  /** Folders of resolutions that effect targets may refer to, beyond the files being checked. */
  corpus?: readonly string[];
}

/**
 * Validates files and folders. A bad file never stops the others from being checked; the
 * corpus folders are read only to resolve references, and their own problems are not reported.
 */
export async function validateFiles(paths: readonly string[], options: ValidationOptions = {}): Promise<ValidationResult> {
  const collected = await collectFiles(paths);
  const diagnostics = [...collected.diagnostics];
  const loaded: LoadedDocument[] = [];
  for (const file of collected.files) {
    const result = await loadDocument(file);
    if (result.ok) loaded.push(result.loaded);
    else diagnostics.push(...result.diagnostics);
  }
  const corpus = new Corpus(loaded);
  const checked = new Set(collected.files.map((f) => path.resolve(f)));
  for (const folder of options.corpus ?? []) {
    const extra = await collectFiles([folder]);
    for (const file of extra.files) {
      if (checked.has(path.resolve(file))) continue;
      const result = await loadDocument(file);
      if (result.ok) corpus.add(result.loaded);
    }
  }
  for (const document of loaded) diagnostics.push(...checkDocument(document, corpus));
  return { files: collected.files, diagnostics: diagnostics.sort(compareDiagnostics) };
}
