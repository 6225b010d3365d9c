import { Dirent, type Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { pathProblem } from '../load/path-problem.js';
import { notAFile } from './not-a-file.js';

const SPECIAL_HINT = 'a resolution file is a regular file: remove this one, or rename it without .yaml';

export const YAML_EXTENSIONS = ['.yaml', '.yml'];

export interface CollectedFiles {
  files: string[];
  diagnostics: Diagnostic[];
}

function isYaml(file: string): boolean {
  return YAML_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** A link whose target is missing is a broken link; anything else is said as the file system says it. */
function brokenOr(link: string, error: unknown): Diagnostic {
  const problem = pathProblem(link, error);
  return problem.code === 'not-found' ? diagnostic(link, START_OF_FILE, 'error', 'broken-link', 'this symbolic link points to nothing', 'remove or correct the link') : problem;
}

/**
 * Expands files and folders (recursively) into the YAML files they hold, sorted. A path that
 * does not exist, a folder without YAML, a symbolic-link loop, and a pipe, socket or device
 * (given, or named .yaml in a folder: it is never opened) each become a diagnostic.
 */
export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const fail = (file: string, code: string, message: string, hint: string) => diagnostics.push(diagnostic(file, START_OF_FILE, 'error', code, message, hint));

  async function walk(folder: string, seen: Set<string>): Promise<number> {
    let real: string;
    try {
      real = await realpath(folder);
    } catch (error) {
      diagnostics.push(pathProblem(folder, error));
      return 0;
    }
    if (seen.has(real)) {
      fail(folder, 'symlink-loop', `this folder is a symbolic link back to ${path.relative(process.cwd(), real) || '.'}, which is already being read`, 'remove the link, or point it outside the folder tree');
      return 0;
    }
    const inside = new Set(seen).add(real);
    let found = 0;
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = path.join(folder, entry.name);
      let info: Stats | Dirent = entry;
      if (entry.isSymbolicLink()) {
        try {
          info = await stat(child);
        } catch (error) {
          diagnostics.push(brokenOr(child, error));
          continue;
        }
      }
      if (info.isDirectory()) found += await walk(child, inside);
      else if (!isYaml(entry.name)) continue;
      else if (info.isFile()) {
        files.add(child);
        found++;
      } else {
        // Found, and refused: the folder does hold a .yaml entry, so it is not "without YAML".
        diagnostics.push(notAFile(child, info instanceof Dirent ? await stat(child) : info, SPECIAL_HINT));
        found++;
      }
    }
    return found;
  }

  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      const isLink = (await lstat(given).catch(() => undefined))?.isSymbolicLink() ?? false;
      diagnostics.push(isLink ? brokenOr(given, error) : pathProblem(given, error));
      continue;
    }
    if (info.isDirectory()) {
      const found = await walk(given, new Set());
      if (found === 0) fail(given, 'no-yaml-files', 'this folder holds no .yaml or .yml files', 'give the folder that holds the resolution files, e.g. `resolutions/`');
    } else if (info.isFile()) files.add(given);
    else diagnostics.push(notAFile(given, info, 'give a resolution file or a folder of them'));
  }
  return { files: [...files].sort(), diagnostics };
}
