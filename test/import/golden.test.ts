import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritten } from '../../src/import/check-written.js';
import { importResolution } from '../../src/import/import-resolution.js';
import { writeYaml } from '../../src/import/write-yaml.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { clauseWords, wordStream } from './clause-words.js';

/**
 * Golden import fixtures: each text in test/fixtures/import is imported as `bluedraft import`
 * does, and the YAML and the diagnostics are compared exactly with the files beside it, less the
 * effects and measures inference proposes (see `withoutInference`).
 * `UPDATE=1 npx vitest run test/import/golden.test.ts` writes them afresh, for a reviewer to
 * read the diff.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const TEXTS = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.endsWith('.diagnostics.txt')).sort();

/** The document without what inference proposes (effects, measures): inference has tests of its own, and changes apart from the reading of the text. */
function withoutInference(document: ResolutionDocument): ResolutionDocument {
  return JSON.parse(JSON.stringify(document, (key, value: unknown) => (key === 'effects' || key === 'measures' ? undefined : value))) as ResolutionDocument;
}

const SCHEMA = '../../../schemas/resolution.schema.json';

function compare(file: string, actual: string): void {
  if (process.env.UPDATE) writeFileSync(file, actual);
  expect(actual, `${path.basename(file)} is out of date: run UPDATE=1 npx vitest run test/import/golden.test.ts and read the diff`).toBe(readFileSync(file, 'utf8'));
}

describe('golden import fixtures (text → YAML)', () => {
  it.each(TEXTS)('%s', (name) => {
    const input = readFileSync(path.join(FIXTURES, name), 'utf8');
    const base = name.replace(/\.txt$/, '');
    const result = importResolution(input, { file: name, format: 'text', regime: 'fixtures', sourceFile: name, schemaPath: SCHEMA });
    compare(path.join(FIXTURES, `${base}.yaml`), writeYaml(withoutInference(result.document), SCHEMA));
    compare(path.join(FIXTURES, `${base}.diagnostics.txt`), `${result.diagnostics.filter((d) => d.code !== 'import-effect-inferred').map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`).join('\n')}\n`);
    expect(checkWritten(`${base}.yaml`, result.yaml)).toEqual([]);
    const aside = new Set(result.setAside.map((l) => l.line));
    const source = wordStream(input.split(/\r\n|\r|\n/).filter((_, k) => !aside.has(k + 1)).join('\n'));
    expect(wordStream(clauseWords(result.document).join(' '))).toBe(source);
  });
});
