import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, isPair, isScalar, stringify, visit } from 'yaml';
import { Locator, type DataPath } from '../../src/load/locate.js';
import { parseWithJsYaml } from '../../src/load/parse-with-js-yaml.js';
import { parseDocuments } from '../../src/load/parse-yaml.js';
import { JsYamlPositions } from '../../src/load/js-yaml-positions.js';
import { yamlFiles } from '../support/yaml-files.js';

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

/** Every path in the data, and beside each mapping and list paths that lead nowhere. */
function pathsOf(data: unknown, at: DataPath = []): DataPath[] {
  const paths: DataPath[] = [at];
  if (Array.isArray(data)) {
    data.forEach((item, index) => paths.push(...pathsOf(item, [...at, index])));
    paths.push([...at, data.length], [...at, 'absent']);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) paths.push(...pathsOf(value, [...at, key]));
    paths.push([...at, 'absent-key'], [...at, 'absent-key', 0]);
  }
  return paths;
}

/**
 * Where `JsYamlPositions` places every key and value must be where `Locator` over yaml's
 * tree does. It may decline an odd text (`{a}`), which is then located by yaml; returns whether
 * it read this one.
 */
function expectSamePositions(text: string, data: unknown): boolean {
  const positions = JsYamlPositions.read(text);
  if (!positions) return false;
  const lineCounter = new LineCounter();
  const reference = new Locator(parseDocuments(text, lineCounter)[0]!, lineCounter);
  for (const at of pathsOf(data)) {
    expect(positions.value(at), `value at ${at.join('.')}`).toEqual(reference.value(at));
    expect(positions.key(at), `key at ${at.join('.')}`).toEqual(reference.key(at));
  }
  return true;
}

/**
 * The fast path may decline a text, but what it accepts it must read exactly as `yaml` does,
 * keys that are not text (`null:`, `[a]:`) aside: the schema allows none; and where it reads
 * positions too, they must be yaml's. Says what it did, so that a test cannot pass by
 * declining everything.
 */
function expectSameReading(text: string): { accepted: boolean; located: boolean } {
  const plain = parseWithJsYaml(text);
  if (plain === undefined) return { accepted: false, located: false };
  const reference = readByYaml(text);
  expect(reference).toBeDefined();
  if (!reference!.textKeys) return { accepted: false, located: false };
  expect(plain).toStrictEqual(reference!.data);
  return { accepted: true, located: expectSamePositions(text, plain) };
}

describe('parseWithJsYaml', () => {
  it('reads every shipped resolution and fixture exactly as yaml does, and places every value where yaml does', () => {
    const files = [...yamlFiles('resolutions'), ...yamlFiles('examples'), ...yamlFiles('test/fixtures')];
    const readings = files.map((file) => ({ file, ...expectSameReading(readFileSync(file, 'utf8')) }));
    expect(readings.filter((r) => r.accepted).length).toBeGreaterThan(40);
    expect(readings.filter((r) => r.accepted && !r.located).map((r) => r.file)).toEqual([]);
  });

  it('places values after comments, blank lines, empty values and in nested and flow lists where yaml does', () => {
    const text = [
      '# leading comment',
      '',
      'kind: draft   # trailing',
      'empty:',
      'nothing: ~',
      'quoted: ""',
      'list:',
      '  # a comment before the first item',
      '  - id: a',
      '    text: >-',
      '      folded',
      '      text',
      '',
      '  - - nested',
      '    - [flow, list]',
      '  - {a: 1, b: [x]}',
      'map:',
      '',
      '    deep:',
      '      - 1',
      'last: |',
      '  literal',
      '',
    ].join('\n');
    expect(expectSameReading(text)).toEqual({ accepted: true, located: true });
  });

  it('takes the fast path for a clean resolution file', () => {
    expect(parseWithJsYaml(readFileSync('test/fixtures/valid-minimal.yaml', 'utf8'))).toMatchObject({ kind: 'draft', dates: { circulated: '2019-12-16' } });
  });

  it('types plain scalars by the YAML 1.2 core schema, as yaml does', () => {
    for (const scalar of ['0o17', '0x1F', '-0', '+.5', '-.5', '0b101', '+0o7', '-0x1', '1_000', '0123', '1e3', '.inf', '-.Inf', '.NaN', '~', 'Null', 'nULL', 'True', 'yes', 'on', '2019-12-16', '12:30', '1:20:30', '-', '1.']) {
      expectSameReading(`key: ${scalar}\n`);
    }
  });

  it('types a scalar by its first character and the rest as yaml does, whatever that character is', () => {
    const rests = ['', 'ull', 'ULL', 'rue', 'RUE', 'alse', 'ALSE', '1', '.5', 'inf', 'Inf', 'nan', 'NaN', 'x1F', 'o17', 'e3', '1e3', '_0'];
    for (let code = 0x21; code < 0x7f; code++) {
      for (const rest of rests) expectSameReading(`key: ${String.fromCharCode(code)}${rest}\n`);
    }
  });

  it('declines what only the yaml path reports on', () => {
    expect(parseWithJsYaml('a: &x 1\nb: *x\n')).toBeUndefined();
    expect(parseWithJsYaml('a: 1\na: 2\n')).toBeUndefined();
    expect(parseWithJsYaml('a: 1\n---\nb: 2\n')).toBeUndefined();
    expect(parseWithJsYaml('__proto__: {}\n')).toBeUndefined();
    expect(parseWithJsYaml(`a: ${'['.repeat(45)}${']'.repeat(45)}\n`)).toBeUndefined();
    expect(parseWithJsYaml('a: "unclosed\n')).toBeUndefined();
    expect(parseWithJsYaml('- a\n- b\n')).toBeUndefined();
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
    for (const place of around) fc.assert(fc.property(text, text, (a, b) => {
      expectSameReading(place(a, b));
    }), { numRuns: 2000 });
  });

  it('reads any data written in any YAML style exactly as yaml does', () => {
    const styles = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL') as fc.Arbitrary<'PLAIN'>;
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1 }), tie('tree'), { maxKeys: 4 })),
    }));
    const data = fc.dictionary(fc.string({ minLength: 1 }), tree, { minKeys: 1, maxKeys: 5 });
    let located = 0;
    fc.assert(
      fc.property(data, styles, fc.integer({ min: 20, max: 100 }), fc.boolean(), (value, style, lineWidth, flow) => {
        const reading = expectSameReading(stringify(value, { defaultStringType: style, lineWidth, collectionStyle: flow ? 'flow' : 'block' }));
        if (reading.accepted) expect(reading.located).toBe(true);
        if (reading.located) located++;
      }),
      { numRuns: 1000 },
    );
    expect(located).toBeGreaterThan(100);
  });
});
