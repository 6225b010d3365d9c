import { diagnostic, type Diagnostic } from '../../load/diagnostic.js';
import { loadText } from '../../load/load-document.js';
import type { ResolutionDocument } from '../../model/document.js';
import { writeYaml } from '../write-yaml.js';
import { parseXml } from './parse-xml.js';
import { readAkn } from './read-akn.js';
import { xmlProblemDiagnostic } from './xml-problem-diagnostic.js';

export interface AknImportOptions {
  /** The input's name, for diagnostics. */
  file: string;
  /** The schema, relative to where the YAML will be written. */
  schemaPath: string;
  /** The regime, where the document does not name one. */
  regime?: string;
}

export type AknImport = { ok: true; document: ResolutionDocument; yaml: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Imports an Akoma Ntoso document as a resolution file. XML that is not well formed, has a
 * document type declaration, or is not Akoma Ntoso 3.0 is refused with a located error and
 * nothing to write. What is read but does not make a complete resolution file (another
 * producer's document without a date, say) is reported as warnings: the file is written for a
 * person to complete.
 */
export function importAkn(text: string, options: AknImportOptions): AknImport {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, diagnostics: [xmlProblemDiagnostic(options.file, parsed.problem)] };
  const read = readAkn(parsed.root, options.file);
  if (!read.ok) return read;
  const document = read.document;
  if (options.regime !== undefined && document.regime === undefined) document.regime = options.regime;
  const yaml = writeYaml(document, options.schemaPath);
  const check = loadText(options.file, yaml);
  const incomplete = check.ok
    ? []
    : check.diagnostics.map((d) => diagnostic(options.file, { line: 1, col: 1 }, 'warning', 'akn-incomplete', `the resolution file made from this document does not yet match the format, at its line ${d.line}: ${d.message}`, d.hint ?? 'complete the YAML by hand, then run `bluedraft validate` on it'));
  return { ok: true, document, yaml, diagnostics: [...read.diagnostics, ...incomplete].sort((a, b) => a.line - b.line || a.col - b.col) };
}
