import { realpath } from 'node:fs/promises';
import { compareDiagnostics, type Diagnostic } from '../load/diagnostic.js';
import { loadDocument, type LoadedDocument } from '../load/load-document.js';
import { collectFiles } from '../fs/collect-files.js';
import { pathFrom } from '../fs/path-from.js';
import { validateFiles } from '../validate/validate-files.js';
import { isInside, resolveInDir } from './resolve-in-dir.js';

/** One YAML file of the folder served: what it holds, if it could be read, and its problems as `validate` finds them. */
export interface LibraryEntry {
  /** Slash-separated, relative to the folder: how the pages name it. */
  relative: string;
  loaded?: LoadedDocument;
  diagnostics: Diagnostic[];
}

export interface Library {
  entries: LibraryEntry[];
  /** Problems with the folder itself (a broken link …), and files left out because they lead outside it. */
  diagnostics: Diagnostic[];
}

/** A document a page shows: a file of the folder, or a text imported into this session. */
export interface ShownDocument {
  /** What the pages pass in `?doc=`: the relative path, or `upload:N`. */
  ref: string;
  /** How the pages name it. */
  name: string;
  loaded: LoadedDocument;
  /** The source file's name, for an imported text. */
  uploaded?: string;
  /** For an imported text: the importer's doubts, each at the input line it comes from. */
  doubts?: Diagnostic[];
}

export const UPLOAD_PREFIX = 'upload:';

/**
 * The folder served, read once and again after each change in it (`invalidate`). Every path a
 * request names is resolved through `resolveInDir`: nothing outside the folder is ever read.
 * Imported texts are kept in memory only, never written unless the person saves one.
 */
export class Workspace {
  private cached: Promise<Library> | undefined;
  private listed: Promise<Library> | undefined;
  private readonly uploads = new Map<string, ShownDocument>();
  private uploadCount = 0;

  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<Workspace> {
    return new Workspace(await realpath(dir));
  }

  invalidate(): void {
    this.cached = undefined;
    this.listed = undefined;
  }

  /** The folder's files, each read and checked as `validate` checks it (for the library and source pages). */
  library(): Promise<Library> {
    this.cached ??= readLibrary(this.dir, true);
    return this.cached;
  }

  /** The folder's files, read but not checked: what the other pages need, without the cost of validating the folder. */
  listing(): Promise<Library> {
    this.listed ??= this.cached ?? readLibrary(this.dir, false);
    return this.listed;
  }

  /** The document `ref` names, if it is one of the folder's readable files or an imported text. */
  async document(ref: string | null): Promise<ShownDocument | undefined> {
    if (ref === null) return undefined;
    if (ref.startsWith(UPLOAD_PREFIX)) return this.uploads.get(ref);
    const entry = await this.entry(ref);
    return entry?.loaded ? { ref, name: entry.relative, loaded: entry.loaded } : undefined;
  }

  /** The library entry for a relative path, resolved inside the folder (links out of it refused); `checked`: with its problems. */
  async entry(relative: string, checked = false): Promise<LibraryEntry | undefined> {
    const real = await resolveInDir(this.dir, relative);
    if (real === undefined) return undefined;
    const { entries } = await (checked ? this.library() : this.listing());
    return entries.find((entry) => entry.relative === relative);
  }

  addUpload(fileName: string, loaded: LoadedDocument, doubts: Diagnostic[]): ShownDocument {
    const ref = `${UPLOAD_PREFIX}${++this.uploadCount}`;
    const shown = { ref, name: `${fileName} (imported, not saved)`, loaded, uploaded: fileName, doubts };
    this.uploads.set(ref, shown);
    return shown;
  }

  uploaded(): ShownDocument[] {
    return [...this.uploads.values()];
  }
}

async function readLibrary(dir: string, check: boolean): Promise<Library> {
  const collected = await collectFiles([dir]);
  const inside: string[] = [];
  const diagnostics = [...collected.diagnostics];
  for (const file of collected.files) {
    const real = await realpath(file).catch(() => undefined);
    if (real !== undefined && isInside(dir, real)) inside.push(file);
    else diagnostics.push({ file: pathFrom(dir, file), line: 1, col: 1, severity: 'warning', code: 'outside-folder', message: 'this file is a link to a place outside the folder served; it is not shown', hint: 'copy the file into the folder instead of linking to it' });
  }
  const validation = check ? await validateFiles(inside, { corpus: [dir] }) : { diagnostics: [] };
  const entries: LibraryEntry[] = [];
  for (const file of inside) {
    const result = await loadDocument(file);
    const own = validation.diagnostics.filter((d) => d.file === file).sort(compareDiagnostics);
    entries.push({ relative: pathFrom(dir, file), ...(result.ok ? { loaded: result.loaded } : {}), diagnostics: own });
  }
  return { entries, diagnostics };
}
