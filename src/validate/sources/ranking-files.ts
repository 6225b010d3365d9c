import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../load/diagnostic.js';
import { EMPTY_RANKING, extendRanking, type SourceRanking } from '../../model/sources/source-ranking.js';
import { readRanking } from './read-ranking.js';
import { readTextFile } from '../../load/read-text-file.js';

/** The name of a project's own ranking file, looked for in the folder bluedraft runs from and above. */
export const PROJECT_RANKING_FILE = 'source-ranks.yaml';

/** The ranking shipped with bluedraft: schemas/source-ranks.yaml, found upwards from this module, wherever the build put it. */
export function defaultRankingFile(): string | undefined {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(folder, 'schemas', PROJECT_RANKING_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** The project's ranking file: source-ranks.yaml in `folder` or the nearest folder above it that has one. */
export function projectRankingFile(folder: string): string | undefined {
  let at = path.resolve(folder);
  for (;;) {
    const candidate = path.join(at, PROJECT_RANKING_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
}

const readFiles = new Map<string, LoadedRanking>();

/** A ranking file read once per run, however many times it is asked for. */
function readRankingFile(file: string): LoadedRanking {
  let read = readFiles.get(file);
  if (read === undefined) {
    read = readRankingFileNow(file);
    readFiles.set(file, read);
  }
  return read;
}

function readRankingFileNow(file: string): LoadedRanking {
  // Read as every input is: a pipe or a device named source-ranks.yaml is refused, not read (it would hang).
  const read = readTextFile(file);
  if (!read.ok) return { ranking: EMPTY_RANKING, problems: [{ ...read.diagnostic, code: 'bad-source-ranks', message: `the ranking file cannot be read: ${read.diagnostic.message}` }] };
  return readRanking(file, read.text);
}

export interface LoadedRanking {
  ranking: SourceRanking;
  /** Problems in the ranking files, located in them. */
  problems: Diagnostic[];
}

/**
 * The ranking in force when bluedraft runs in `folder`: the default, extended by the project's
 * file where there is one (like a linter's configuration, found from the folder it runs in).
 */
export function loadRanking(folder: string, defaultFile = defaultRankingFile()): LoadedRanking {
  const files = [defaultFile, projectRankingFile(folder)].filter((file): file is string => file !== undefined);
  const read = [...new Set(files.map((file) => path.resolve(file)))].map(readRankingFile);
  return { ranking: read.reduce((all, one) => extendRanking(all, one.ranking), EMPTY_RANKING), problems: read.flatMap((one) => one.problems) };
}

const loaded = new Map<string, LoadedRanking>();

/**
 * The problems of the project's ranking file (found from `folder`), which `validate` reports
 * whether or not a file cites a source. The shipped default is not read for this: its soundness
 * is bluedraft's (a test keeps it so), and it is read only when a source is ranked — most files
 * are official texts and cite none, so `validate` of one file need not parse it.
 */
export function projectRankingProblems(folder = process.cwd()): Diagnostic[] {
  const file = projectRankingFile(folder);
  if (file === undefined || path.resolve(file) === path.resolve(defaultRankingFile() ?? '')) return [];
  return readRankingFile(path.resolve(file)).problems;
}

/** `loadRanking` for the folder the process runs in, read once per folder. */
export function currentRanking(folder = process.cwd()): LoadedRanking {
  const key = path.resolve(folder);
  let ranking = loaded.get(key);
  if (ranking === undefined) {
    ranking = loadRanking(key);
    loaded.set(key, ranking);
  }
  return ranking;
}
