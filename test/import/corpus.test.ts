import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResolution, type ImportResult } from '../../src/import/import-resolution.js';
import { loadText } from '../../src/load/load-document.js';
import { checkDocumentAlone } from '../../src/validate/check-document.js';
import { SchemaTrust } from '../../src/validate/schema-trust.js';
import { clauseWords, wordStream } from './clause-words.js';

/**
 * Every real resolution of the CR-UNSC corpus (660 texts, 1946–1994, as a user has them: OCR
 * marks, page furniture, parts, annexes) is imported as `bluedraft import` would: the file it
 * writes must validate, hold the text's words in order, and carry its header's facts, or say
 * which one it could not read.
 */
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus-unsc/en');
const TEXTS = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort();

interface Imported {
  name: string;
  input: string;
  result: ImportResult;
}

const imported: Imported[] = [];
const started = performance.now();
for (const name of TEXTS) {
  const input = readFileSync(path.join(CORPUS, name), 'utf8');
  imported.push({ name, input, result: importResolution(input, { file: name, format: 'text', schemaPath: '../../schemas/resolution.schema.json' }) });
}
const importMs = performance.now() - started;

/** The file's problems, as `bluedraft validate` finds them without other files (schema, then meaning). */
function validationErrors({ name, result }: Imported): string[] {
  const loaded = loadText(`${name}.yaml`, result.yaml);
  const found = loaded.ok ? checkDocumentAlone(loaded.loaded, SchemaTrust.WHOLE) : loaded.diagnostics;
  return found.filter((d) => d.severity === 'error').map((d) => `${name}.yaml:${d.line}:${d.col} ${d.message} [${d.code}]`);
}

/** The words of the input that import did not set aside (header, opening, vote, page furniture, footnotes …), in order. */
function sourceWords({ input, result }: Imported): string {
  const aside = new Set(result.setAside.map((l) => l.line));
  return wordStream(input.split(/\r\n|\r|\n/).filter((_, k) => !aside.has(k + 1)).join('\n'));
}

/** Where two word streams part: a few characters of each from there. */
function firstDifference(a: string, b: string): string {
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return `source "…${a.slice(Math.max(0, k - 30), k + 40)}…" vs clauses "…${b.slice(Math.max(0, k - 30), k + 40)}…"`;
}

const warned = (result: ImportResult, code: string) => result.diagnostics.some((d) => d.code === code && d.severity !== 'info');

describe(`the ${TEXTS.length} real resolutions of the corpus import`, () => {
  it('all 660 of them (the import time is said, not asserted: speed belongs to the bench)', () => {
    expect(TEXTS).toHaveLength(660);
    console.log(`imported ${TEXTS.length} texts in ${Math.round(importMs)} ms`);
  });

  it('into files that validate', () => {
    const errors = imported.flatMap(validationErrors);
    expect(errors.slice(0, 40), `${new Set(errors.map((e) => e.split('.yaml')[0])).size} files fail`).toEqual([]);
  });

  it('with their words in order: every word in a clause or set aside, none added, none lost', () => {
    const lost = imported.flatMap((entry) => {
      const source = sourceWords(entry);
      const clauses = wordStream(clauseWords(entry.result.document).join(' '));
      return source === clauses ? [] : [`${entry.name}: ${firstDifference(source, clauses)}`];
    });
    expect(lost.slice(0, 20), `${lost.length} texts`).toEqual([]);
  });

  it('with their header read, or a warning where it could not be', () => {
    const unread = imported.flatMap(({ name, result }) => {
      const { document } = result;
      const missing: string[] = [];
      if (document.symbol === undefined && !warned(result, 'import-draft')) missing.push('symbol');
      if (document.dates?.adopted === undefined && !warned(result, 'import-header-date')) missing.push('adoption date');
      if (document.meeting === undefined && !warned(result, 'import-header-meeting')) missing.push('meeting');
      if (document.vote === undefined && !warned(result, 'import-header-vote')) missing.push('vote');
      return missing.length > 0 ? [`${name}: ${missing.join(', ')} neither read nor warned of`] : [];
    });
    expect(unread.slice(0, 400), `${unread.length} texts`).toEqual([]);
  });
});
