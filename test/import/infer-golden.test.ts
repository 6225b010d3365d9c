import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { importResolution } from '../../src/import/import-resolution.js';
import { loadText } from '../../src/load/load-document.js';
import type { Effect } from '../../src/model/document.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/infer');

/** A text we wrote in the style of a 1990s sanctions resolution (no real text copied), imported, with the effects read from it by hand. */
function importFixture(name: string) {
  const input = readFileSync(path.join(FIXTURES, `${name}.txt`), 'utf8');
  const result = importResolution(input, { file: `${name}.txt`, format: 'text', schemaPath: '../../../schemas/resolution.schema.json' });
  const expected = yaml.load(readFileSync(path.join(FIXTURES, `${name}.expected.yaml`), 'utf8')) as Record<string, Effect[]>;
  return { input, result, expected };
}

describe('golden import: delayed entry into force ("shall come into force N days after … unless …")', () => {
  const { input, result, expected } = importFixture('delayed-entry');

  it('writes a file that validates', () => {
    const loaded = loadText('out.yaml', result.yaml);
    expect(loaded.ok, loaded.ok ? '' : loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')).toBe(true);
  });

  it('proposes exactly the effects read by hand, paragraph by paragraph', () => {
    const proposed = Object.fromEntries(result.document.operative.filter((p) => p.effects).map((p) => [p.id, p.effects]));
    expect(proposed).toEqual(expected);
  });

  it('every condition is quoted from the text as printed (its words in order, lines joined)', () => {
    const flat = input.replace(/\s+/g, ' ');
    for (const paragraph of result.document.operative) {
      for (const effect of paragraph.effects ?? []) {
        for (const quoted of [effect.effective?.condition, effect.effective?.awaits]) if (quoted) expect(flat).toContain(quoted);
      }
    }
  });

  it('reports each inferred effect where its wording starts in the input, at line:col', () => {
    const lines = input.split('\n');
    const located = result.diagnostics.filter((d) => d.code === 'import-effect-inferred');
    expect(located).toHaveLength(Object.values(expected).flat().length);
    for (const diagnostic of located) {
      const wording = /^"([^"]+)"/.exec(diagnostic.message)![1]!;
      expect(lines[diagnostic.line - 1]!.slice(diagnostic.col - 1)).toMatch(new RegExp(`^${wording.split(/\s+/)[0]}`));
    }
    expect(located[0]).toMatchObject({ line: lines.findIndex((l) => l.startsWith('2. Decides')) + 1 });
  });
});

describe('golden import: a general and complete arms embargo, its exemption, its committee and its review', () => {
  const { result, expected } = importFixture('arms-embargo');

  it('writes a file that validates', () => {
    const loaded = loadText('out.yaml', result.yaml);
    expect(loaded.ok, loaded.ok ? '' : loaded.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`).join('\n')).toBe(true);
  });

  it('proposes exactly the effects read by hand; the calls and urgings propose none', () => {
    const proposed = Object.fromEntries(result.document.operative.filter((p) => p.effects).map((p) => [p.id, p.effects]));
    expect(proposed).toEqual(expected);
    expect(result.document.operative[0]!.measures).toEqual(['arms-embargo']);
  });
});
