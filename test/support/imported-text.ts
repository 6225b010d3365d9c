import { importResolution } from '../../src/import/import-resolution.js';
import type { ResolutionDocument } from '../../src/model/document.js';

/** What `bluedraft import` reads from a printed text: Markdown for a `.md` file, plain text otherwise. */
export function importedText(text: string, file: string): ResolutionDocument {
  return importResolution(text, { file, format: file.endsWith('.md') ? 'md' : 'text', schemaPath: 'schema.json' }).document;
}
