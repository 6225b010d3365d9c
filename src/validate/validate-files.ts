import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareDiagnostics, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { loadDocument, loadText, type LoadResult } from '../load/load-document.js';
import { citedResolutions } from '../model/citation.js';
import type { Locator, Position } from '../load/locate.js';
import type { DataPath } from '../model/paragraph-path.js';
import { collectFiles } from '../fs/collect-files.js';
import { Corpus, type CorpusEntry } from './corpus.js';
import { checkFile, type FileCheck } from './check-file.js';
import { checkTargets } from './check-targets.js';
import { outlineOf } from './outline.js';
import { projectRankingProblems } from './sources/ranking-files.js';

export interface ValidationResult {
  /** Files read, in order. */
  files: string[];
  /** Every diagnostic, sorted by file and position. */
  diagnostics: Diagnostic[];
}

export interface ValidationOptions {
  /** Folders of resolutions that effect targets may refer to, beyond the files being checked. */
  corpus?: readonly string[];
  /** How a corpus file is read (`loadDocument`); tests count the reads through it. */
  loadCorpusFile?: (file: string) => Promise<LoadResult>;
}

/**
 * Where a value is in a file whose check kept only its outline (see `FileCheck`): the
 * file is read again, only when there is a problem with a target to point at.
 */
function lazyLocator(file: string): (at: DataPath) => Position {
  let locator: Locator | undefined | null = null;
  return (at) => {
    if (locator === null) {
      try {
        const result = loadText(file, readFileSync(file, 'utf8'));
        locator = result.ok ? result.loaded.locate : result.refused?.locate;
      } catch {
        locator = undefined;
      }
    }
    return locator?.value(at) ?? START_OF_FILE;
  };
}

/** Corpus files are read only to be cited: their own problems are not asked for. */
async function citableOutlines(files: readonly string[], load: (file: string) => Promise<LoadResult>): Promise<CorpusEntry[]> {
  const entries: CorpusEntry[] = [];
  for (const file of files) {
    const result = await load(file);
    if (result.ok) entries.push({ file, document: outlineOf(result.loaded.document) });
  }
  return entries;
}

/** Whether an effect target of the checked files cites a resolution none of them is: only then is the corpus read. */
function citesBeyond(checks: readonly FileCheck[], checked: Corpus): boolean {
  return checks.some((check) => check.targets.some((target) => citedResolutions(target.reference).some((citation) => !checked.has(citation))));
}

/** The corpus folders' files that are not among the checked ones, read as outlines. */
async function corpusOutlines(options: ValidationOptions, checked: ReadonlySet<string>): Promise<CorpusEntry[]> {
  const extra: string[] = [];
  for (const folder of options.corpus ?? []) extra.push(...(await collectFiles([folder])).files.filter((file) => !checked.has(path.resolve(file))));
  return citableOutlines(extra, options.loadCorpusFile ?? loadDocument);
}

/**
 * Validates files and folders. A bad file never stops the others from being checked; the
 * corpus folders are read only to resolve references, and their own problems are not reported.
 * A file with schema errors stays out of the corpus: other files' references into it would be
 * checked against refused clauses. The corpus folders are read only when an effect target cites
 * a resolution that is not among the files checked. Each file is checked on its own first, and only its outline
 * is kept (see `FileCheck`): a large folder's texts are not all held at once.
 */
export async function validateFiles(paths: readonly string[], options: ValidationOptions = {}): Promise<ValidationResult> {
  const collected = await collectFiles(paths);
  const checks: FileCheck[] = [];
  for (const file of collected.files) checks.push(await checkFile(file));
  const citable = checks.flatMap((check) => (check.citable && check.outline ? [{ file: check.file, document: check.outline }] : []));
  const own = new Corpus(citable);
  const checked = new Set(collected.files.map((f) => path.resolve(f)));
  const corpus = citesBeyond(checks, own) ? new Corpus([...citable, ...(await corpusOutlines(options, checked))]) : own;
  const diagnostics = [...collected.diagnostics, ...projectRankingProblems()];
  for (const check of checks) {
    diagnostics.push(...check.diagnostics);
    if (!check.outline || check.targets.length === 0) continue;
    diagnostics.push(...checkTargets(check.targets, { file: check.file, document: check.outline }, corpus, lazyLocator(check.file)));
  }
  return { files: collected.files, diagnostics: diagnostics.sort(compareDiagnostics) };
}
