import { writeYaml } from '../../import/write-yaml.js';
import { formatSource } from '../../edit/format-source.js';
import { loadText } from '../../load/load-document.js';
import type { ResolutionDocument } from '../../model/document.js';
import { checkDocument } from '../../validate/check-document.js';
import { Corpus } from '../../validate/corpus.js';

export interface FinishedMerge {
  document: ResolutionDocument;
  yaml: string;
}

/**
 * The merged text as a resolution file, as `bluedraft fmt` leaves it: new paragraphs get free
 * ids, a complete draft is numbered in order and its citations of its own paragraphs follow the
 * moves. The file must then validate: a merged text that does not is a fault of bluedraft's.
 */
export function finishMerge(document: ResolutionDocument, schemaPath: string, file = 'merged.yaml'): FinishedMerge {
  const formatted = formatSource(file, writeYaml(document, schemaPath));
  if (formatted.text === undefined) throw new Error(`the merged text could not be formatted: ${formatted.diagnostics.map((d) => `${d.code}: ${d.message}`).join('; ')}`);
  const loaded = loadText(file, formatted.text);
  const problems = loaded.ok ? checkDocument(loaded.loaded, new Corpus([loaded.loaded])).filter((d) => d.severity === 'error') : loaded.diagnostics;
  if (!loaded.ok || problems.length > 0) throw new Error(`the merged text does not validate: ${problems.map((d) => `${d.code} at ${d.line}:${d.col}: ${d.message}`).join('; ')}`);
  return { document: loaded.loaded.document, yaml: formatted.text };
}
