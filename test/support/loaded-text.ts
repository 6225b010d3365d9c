import { loadText, type LoadedDocument } from '../../src/load/load-document.js';

/** `text` loaded as the file `file`; a text that does not load stops the test with its located errors. */
export function loadedText(file: string, text: string): LoadedDocument {
  const result = loadText(file, text);
  if (!result.ok) throw new Error(`${file} does not load: ${result.diagnostics.map((d) => `${d.line}:${d.col} ${d.message} [${d.code}]`).join('; ')}`);
  return result.loaded;
}
