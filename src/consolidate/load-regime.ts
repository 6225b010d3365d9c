import { diagnostic, START_OF_FILE, type Diagnostic } from '../load/diagnostic.js';
import { loadDocument } from '../load/load-document.js';
import { collectFiles } from '../fs/collect-files.js';
import { documentDate, regimeDocument, type RegimeDocument } from './regime-document.js';

/** The resolutions of one regime, in the order they were adopted. */
export interface Regime {
  id: string;
  documents: RegimeDocument[];
}

export interface LoadedRegime {
  regime: Regime;
  /** Every regime id found in the folder, for "did you mean …?". */
  regimes: string[];
  diagnostics: Diagnostic[];
}

/** Same-day resolutions keep their numbering order, which is the order of adoption. */
export function compareDocuments(a: RegimeDocument, b: RegimeDocument): number {
  return a.date.localeCompare(b.date) || (a.loaded.document.number ?? Infinity) - (b.loaded.document.number ?? Infinity) || a.loaded.file.localeCompare(b.loaded.file);
}

/**
 * Reads every resolution in `folder` (recursively) whose `regime` is `id`. Drafts are left out:
 * they are assessed against a regime, never part of it. Files that cannot be read are reported
 * and skipped, so one broken file elsewhere does not hide a regime.
 */
export async function loadRegime(id: string, folder: string): Promise<LoadedRegime> {
  const collected = await collectFiles([folder]);
  const diagnostics = [...collected.diagnostics];
  const regimes = new Set<string>();
  const byKey = new Map<string, RegimeDocument>();
  for (const file of collected.files) {
    const result = await loadDocument(file);
    if (!result.ok) {
      const problems = result.diagnostics.length;
      diagnostics.push(diagnostic(file, START_OF_FILE, 'warning', 'skipped-file', `this file could not be read (${problems} problem${problems === 1 ? '' : 's'}), so no regime includes it`, `run \`bluedraft validate ${file}\` to see the problems`));
      continue;
    }
    const { document, locate } = result.loaded;
    if (document.regime !== undefined) regimes.add(document.regime);
    if (document.regime !== id || document.kind !== 'resolution') continue;
    const date = documentDate(document);
    if (date === undefined) {
      diagnostics.push(diagnostic(file, locate.key(['kind']), 'warning', 'undated-document', 'this resolution has no date, so it cannot be placed in the regime', 'add `dates: { adopted: YYYY-MM-DD }`'));
      continue;
    }
    const member = regimeDocument(result.loaded, date);
    const earlier = byKey.get(member.key);
    if (earlier) {
      diagnostics.push(diagnostic(file, locate.key(['number']), 'error', 'duplicate-resolution', `resolution ${member.key} is already in the regime (${earlier.loaded.file}); this file is left out`, 'keep one file per resolution'));
      continue;
    }
    byKey.set(member.key, member);
  }
  return { regime: { id, documents: [...byKey.values()].sort(compareDocuments) }, regimes: [...regimes].sort(), diagnostics };
}
