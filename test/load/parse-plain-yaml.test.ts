import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, isPair, isScalar, stringify, visit } from 'yaml';
import { parsePlainYaml } from '../../src/load/parse-plain-yaml.js';
import { parseDocuments } from '../../src/load/parse-yaml.js';

/** What the `yaml` path makes of a text: its data, or undefined when it finds any error. */
function readByYaml(text: string): { data: unknown; textKeys: boolean } | undefined {
  const documents = parseDocuments(text, new LineCounter());
  if (documents.length !== 1 || documents[0]!.errors.length > 0) return undefined;
  let textKeys = true;
  visit(documents[0]!, {
    Pair(_, pair) {
      if (isPair(pair) && !(isScalar(pair.key) && typeof pair.key.value === 'string')) textKeys = false;
    },
  });
  return { data: documents[0]!.toJS(), textKeys };
}

/**
 * The fast path may decline a text, but what it accepts it must read exactly as `yaml` does,
 * keys that are not text (`null:`, `[a]:`) aside: the schema allows none.
 */
function expectSameReading(text: string): void {
  const plain = parsePlainYaml(text);
  if (plain === undefined) return;
  const reference = readByYaml(text);
  expect(reference).toBeDefined();
  if (reference!.textKeys) expect(plain).toStrictEqual(reference!.data);
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(folder, name));
}

describe('parsePlainYaml', () => {
  it('reads every shipped resolution and fixture exactly as yaml does', () => {
    const files = [...yamlFiles('resolutions'), ...yamlFiles('test/fixtures')];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expectSameReading(readFileSync(file, 'utf8'));
  });

  it('takes the fast path for a clean resolution file', () => {
    expect(parsePlainYaml(readFileSync('test/fixtures/valid-minimal.yaml', 'utf8'))).toMatchObject({ kind: 'draft', dates: { circulated: '2019-12-16' } });
  });

  it('types plain scalars by the YAML 1.2 core schema, as yaml does', () => {
    for (const scalar of ['0o17', '0x1F', '-0', '+.5', '-.5', '0b101', '+0o7', '-0x1', '1_000', '0123', '1e3', '.inf', '-.Inf', '.NaN', '~', 'Null', 'nULL', 'True', 'yes', 'on', '2019-12-16', '12:30', '1:20:30', '-', '1.']) {
      expectSameReading(`key: ${scalar}\n`);
    }
  });

  it('declines what only the yaml path reports on', () => {
    expect(parsePlainYaml('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(parsePlainYaml('a: 1\na: 2\n')).toBeUndefined();
    expect(parsePlainYaml('a: 1\n---\nb: 2\n')).toBeUndefined();
    expect(parsePlainYaml('__proto__: {}\n')).toBeUndefined();
    expect(parsePlainYaml(`a: ${'['.repeat(45)}${']'.repeat(45)}\n`)).toBeUndefined();
    expect(parsePlainYaml('a: "unclosed\n')).toBeUndefined();
    expect(parsePlainYaml('- a\n- b\n')).toBeUndefined();
  });

  it('reads any text it accepts exactly as yaml does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '>', '|', '?', '0', '.', 'e', '\\', '%', '\t', '!', '&', '*', 'é') });
    const around = [
      (a: string) => a,
      (a: string) => `key: ${a}\n`,
      (a: string, b: string) => `list:\n  - id: x\n    text: ${a}\n  - ${b}\n`,
      (a: string, b: string) => `notes:\n  - note: >-\n      ${a}\n    ${b}\n  - |\n    ${b}\n${a}\n`,
      (a: string, b: string) => `k:\n#${a}\n ${b}\ne: 1\n`,
    ];
    for (const place of around) fc.assert(fc.property(text, text, (a, b) => expectSameReading(place(a, b))), { numRuns: 2000 });
  });

  it('reads any data written in any YAML style exactly as yaml does', () => {
    const styles = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL') as fc.Arbitrary<'PLAIN'>;
    const data = fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string())), { minKeys: 1 });
    fc.assert(
      fc.property(data, styles, fc.integer({ min: 20, max: 100 }), fc.boolean(), (value, style, lineWidth, flow) => {
        expectSameReading(stringify(value, { defaultStringType: style, lineWidth, collectionStyle: flow ? 'flow' : 'block' }));
      }),
      { numRuns: 1000 },
    );
  });
});
