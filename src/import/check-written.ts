import type { Diagnostic } from '../load/diagnostic.js';
import { loadText } from '../load/load-document.js';
import { checkDocumentAlone } from '../validate/check-document.js';
import { SchemaTrust } from '../validate/schema-trust.js';

/**
 * The errors `bluedraft validate` would find in a file import wrote, checked on its own (the
 * schema, then its meaning), each located at its line:col in the written YAML under `file`.
 */
export function checkWritten(file: string, yaml: string): Diagnostic[] {
  const loaded = loadText(file, yaml);
  const found = loaded.ok ? checkDocumentAlone(loaded.loaded, SchemaTrust.WHOLE) : loaded.diagnostics;
  return found.filter((d) => d.severity === 'error');
}
