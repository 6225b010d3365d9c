import { readFileSync } from 'node:fs';
import { loadText } from '../../src/load/load-document.js';
import type { ResolutionDocument } from '../../src/model/document.js';

/** The document a resolution file holds; a file that does not load stops the test with its errors. */
export function loadedDocument(file: string): ResolutionDocument {
  const loaded = loadText(file, readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return loaded.loaded.document;
}
