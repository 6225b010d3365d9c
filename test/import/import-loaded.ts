import { expect } from 'vitest';
import { importResolution, type ImportFormat, type ImportResult } from '../../src/import/import-resolution.js';
import { loadText } from '../../src/load/load-document.js';

/** Imports `input` and asserts that the YAML written loads (its problems listed where it does not). */
export function importLoaded(input: string, format: ImportFormat = 'text'): ImportResult {
  const result = importResolution(input, { file: 'input.txt', format, schemaPath: '../../schemas/resolution.schema.json' });
  const loaded = loadText('out.yaml', result.yaml);
  expect(loaded.ok, loaded.ok ? '' : loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')).toBe(true);
  return result;
}
