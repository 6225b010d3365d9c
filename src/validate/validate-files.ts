import path from 'node:path';
import { compareDiagnostics, type Diagnostic } from '../load/diagnostic.js';
import { loadDocument, type LoadedDocument, type LoadResult } from '../load/load-document.js';
import { collectFiles } from './collect-files.js';
import { Corpus } from './corpus.js';
import { checkDocument } from './check-document.js';
import { vouchedPart, type VouchedPart } from './vouched-part.js';

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

/** Files being read while the one before them is checked. */
const READ_AHEAD = 8;

/**
 * Loads files in order, reading a few ahead: waiting for each read in turn leaves the
 * processor idle for a third of a large run. A failed read fails when its turn comes, as before.
 */
async function* loadInOrder(files: readonly string[]): AsyncGenerator<LoadResult> {
  const pending: Array<Promise<LoadResult>> = [];
  let next = 0;
  for (let index = 0; index < files.length; index++) {
    while (next < files.length && next < index + READ_AHEAD) {
      const loading = loadDocument(files[next++]!);
      loading.catch(() => undefined);
      pending.push(loading);
    }
    yield await pending.shift()!;
  }
}

/**
 * Validates files and folders. A bad file never stops the others from being checked; the
 * corpus folders are read only to resolve references, and their own problems are not reported.
 */
export async function validateFiles(paths: readonly string[], options: ValidationOptions = {}): Promise<ValidationResult> {
  const collected = await collectFiles(paths);
  const diagnostics = [...collected.diagnostics];
  const loaded: LoadedDocument[] = [];
  const vouched: VouchedPart[] = [];
  for await (const result of loadInOrder(collected.files)) {
    if (result.ok) loaded.push(result.loaded);
    else {
      diagnostics.push(...result.diagnostics);
      const part = result.refused && vouchedPart(result.refused);
      if (part) vouched.push(part);
    }
  }
  const corpus = new Corpus(loaded);
  const checked = new Set(collected.files.map((f) => path.resolve(f)));
  for (const folder of options.corpus ?? []) {
    const extra = await collectFiles([folder]);
    for await (const result of loadInOrder(extra.files.filter((file) => !checked.has(path.resolve(file))))) {
      if (result.ok) corpus.add(result.loaded);
    }
  }
  for (const document of loaded) diagnostics.push(...checkDocument(document, corpus));
  // A file with schema errors is checked too, as far as the schema vouches for it. It stays out
  // of the corpus: other files' references into it would be checked against refused clauses.
  for (const part of vouched) diagnostics.push(...checkDocument(part.loaded, corpus, part.trust));
  return { files: collected.files, diagnostics: diagnostics.sort(compareDiagnostics) };
}
