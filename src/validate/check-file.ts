import type { Diagnostic } from '../load/diagnostic.js';
import { loadDocument } from '../load/load-document.js';
import type { ResolutionDocument } from '../model/document.js';
import { checkDocumentAlone } from './check-document.js';
import { effectTargets, type EffectTarget } from './check-targets.js';
import { outlineOf } from './outline.js';
import { SchemaTrust } from './schema-trust.js';
import { vouchedPart } from './vouched-part.js';

/**
 * What checking one file on its own gives. Effect targets wait for the corpus, which is known
 * only once every file is read; until then the file is held as an outline, not as its text.
 */
export interface FileCheck {
  file: string;
  diagnostics: Diagnostic[];
  /** The outline of what could be read (the whole document, or the part the schema vouched for). */
  outline?: ResolutionDocument;
  /** Whether the file matched the schema, and so may be cited by others (see `validateFiles`). */
  citable: boolean;
  targets: EffectTarget[];
}

export interface FileCheckOptions {
  /** Read the file only as a document others may cite: its own problems are not asked for. */
  asCorpus?: boolean;
}

export async function checkFile(file: string, options: FileCheckOptions = {}): Promise<FileCheck> {
  const result = await loadDocument(file);
  if (result.ok) {
    const { document } = result.loaded;
    if (options.asCorpus) return { file, diagnostics: [], outline: outlineOf(document), citable: true, targets: [] };
    const trust = SchemaTrust.WHOLE;
    return { file, diagnostics: checkDocumentAlone(result.loaded, trust), outline: outlineOf(document), citable: true, targets: effectTargets(document, trust) };
  }
  // A file with schema errors is checked too, as far as the schema vouches for it.
  const part = !options.asCorpus && result.refused ? vouchedPart(result.refused) : undefined;
  if (!part) return { file, diagnostics: options.asCorpus ? [] : result.diagnostics, citable: false, targets: [] };
  return {
    file,
    diagnostics: [...result.diagnostics, ...checkDocumentAlone(part.loaded, part.trust)],
    outline: outlineOf(part.loaded.document),
    citable: false,
    targets: effectTargets(part.loaded.document, part.trust),
  };
}
