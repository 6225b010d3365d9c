import type { Diagnostic } from '../load/diagnostic.js';
import { loadDocument } from '../load/load-document.js';
import type { ResolutionDocument } from '../model/document.js';
import { checkDocumentAlone } from './check-document.js';
import { effectTargets, type EffectTarget } from './check-targets.js';
import { outlineOf } from './outline.js';
import { SchemaTrust } from './schema-trust.js';
import { trustedPart } from './trusted-part.js';

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

export async function checkFile(file: string): Promise<FileCheck> {
  const result = await loadDocument(file);
  // A file with schema errors is checked too, as far as the schema vouches for it.
  const part = result.ok ? { loaded: result.loaded, trust: SchemaTrust.WHOLE } : result.refused && trustedPart(result.refused);
  const loadProblems = result.ok ? [] : result.diagnostics;
  if (!part) return { file, diagnostics: loadProblems, citable: false, targets: [] };
  const { loaded, trust } = part;
  return {
    file,
    diagnostics: [...loadProblems, ...checkDocumentAlone(loaded, trust)],
    outline: outlineOf(loaded.document),
    citable: result.ok,
    targets: effectTargets(loaded.document, trust),
  };
}
