import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDiagnostics, type Diagnostic } from '../../src/load/diagnostic.js';
import { loadText } from '../../src/load/load-document.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { collectFiles } from '../../src/fs/collect-files.js';
import { validateFiles } from '../../src/validate/validate-files.js';

const REAL = (await collectFiles(['resolutions'])).files;
const SOURCES = await Promise.all(REAL.map(async (file) => parse(await readFile(file, 'utf8')) as unknown));

/** Values a drafter's slip or a bad merge leaves behind, and some that mean something to the checks. */
const ODD_STRINGS = [
  '', ' ', '[', ']', '[a | b]', '|', '0', '-1', '1e400', '.5', 'null', '~', 'true', '#', '"', '{', '- item', 'key: value', '*alias',
  'S/RES/', 'S/RES/0 (0)', '9-5', '5-9', '8(a)(iii)', 'op_1', 'pp_1', '2019-02-30', '1993-13-01', '23:61',
  'paragraph 5 of resolution 841 (1993)', 'paragraphs 1 to 999 of resolution 841 (1993)', 'résolution', '\u202e', '😀', 'a\nb',
];
const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ maxLength: 12 }));

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container;
  key: string | number;
  /** From the document: ['operative', 3, 'number']. */
  path: Array<string | number>;
}

const MUTATIONS = ['delete', 'retype', 'wrap', 'null', 'duplicate', 'odd'] as const;
interface Mutation {
  kind: (typeof MUTATIONS)[number];
  /** Which value (modulo their number) the mutation applies to. */
  at: number;
  /** Where a duplicate or an odd string goes in a list, or which other type a value gets. */
  choice: number;
  odd: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom(...MUTATIONS), at: fc.nat(), choice: fc.nat(), odd: oddString });

const isContainer = (value: unknown): value is Container => value !== null && typeof value === 'object';

/** Every value in the data, the document itself included (path []), in document order. */
function slots(holder: { document: unknown }): Slot[] {
  const found: Slot[] = [];
  const visit = (parent: Container, path: Array<string | number>) => {
    for (const key of Array.isArray(parent) ? parent.keys() : Object.keys(parent)) {
      found.push({ parent, key, path: [...path, key] });
      const value = (parent as Record<string | number, unknown>)[key];
      if (isContainer(value)) visit(value, [...path, key]);
    }
  };
  found.push({ parent: holder, key: 'document', path: [] });
  if (isContainer(holder.document)) visit(holder.document, []);
  return found;
}

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);
/** Other types a value may be given; never an empty mapping, which reads as a clause deliberately emptied. */
const RETYPED = [7, -1.5, 'seven', true, ['seven']];

/** Sets a value as its own property, whatever the key (an odd one may be "__proto__"). */
function set({ parent, key }: Pick<Slot, 'parent' | 'key'>, value: unknown): void {
  Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies a mutation to one of the values `within` allows (any, by default). */
function apply(holder: { document: unknown }, { kind, at, choice, odd }: Mutation, within: (path: Slot['path']) => boolean = () => true): void {
  const all = slots(holder);
  const allowed = all.filter((s) => within(s.path));
  if (allowed.length === 0) return;
  const slot = allowed[at % allowed.length]!;
  const value = (slot.parent as Record<string | number, unknown>)[slot.key];
  switch (kind) {
    case 'delete':
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else if (slot.parent !== holder) delete slot.parent[slot.key];
      return;
    case 'retype': {
      const others = RETYPED.filter((other) => kindOf(other) !== kindOf(value));
      return set(slot, structuredClone(others[choice % others.length]));
    }
    case 'wrap':
      return set(slot, [value]);
    case 'null':
      return set(slot, null);
    case 'duplicate': {
      const clauses = allowed.filter((s) => Array.isArray(s.parent) && isContainer((s.parent as unknown[])[Number(s.key)]) && 'id' in ((s.parent as Record<number, object>)[Number(s.key)] ?? {}));
      if (clauses.length === 0) return;
      const { parent, key } = clauses[at % clauses.length]! as { parent: unknown[]; key: number };
      parent.splice(choice % (parent.length + 1), 0, structuredClone(parent[key]));
      return;
    }
    case 'odd':
      if (Array.isArray(value)) value.splice(choice % (value.length + 1), 0, odd);
      else if (isContainer(value)) set({ parent: value, key: odd }, 'odd');
      else set(slot, odd);
  }
}

/** A real file (`source` modulo their number) or a given document, mutated and written out as YAML. */
function mutated(source: number | unknown, mutations: Mutation[], within?: (path: Slot['path']) => boolean): string {
  const holder = { document: structuredClone(typeof source === 'number' ? SOURCES[source % SOURCES.length] : source) };
  for (const m of mutations) apply(holder, m, within);
  return stringify(holder.document) ?? '';
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'bluedraft-mutated-'));
});

async function validated(text: string): Promise<{ file: string; diagnostics: Diagnostic[] }> {
  const file = path.join(scratch, 'mutated.yaml');
  await writeFile(file, text);
  return { file, diagnostics: (await validateFiles([file], { corpus: ['resolutions'] })).diagnostics };
}

/** What a message must never show: a value the check did not have. */
const NOT_A_VALUE = /\bundefined\b|\[object Object\]|\bNaN\b/;

describe('validate on real resolutions after random structural mutations', () => {
  it('has real files to mutate', () => {
    expect(SOURCES.length).toBeGreaterThan(10);
  });

  it('never throws, and every diagnostic is located in the file, with a code and a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (source, mutations) => {
        const text = mutated(source, mutations);
        const { file, diagnostics } = await validated(text);
        const lines = text.split('\n').length;
        for (const d of diagnostics) {
          expect(d.file).toBe(file);
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
          expect(d.col).toBeGreaterThanOrEqual(1);
          expect(d.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
          expect(d.message.trim()).not.toBe('');
          if (!NOT_A_VALUE.test(text)) expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(NOT_A_VALUE);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('after one mutation that breaks the file, reports exactly what loading it reports: nothing follows from the error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (source, one) => {
        const text = mutated(source, [one]);
        const load = loadText('x.yaml', text);
        fc.pre(!load.ok);
        const { diagnostics } = await validated(text);
        const located = (list: Diagnostic[]) => list.map(({ line, col, code, message }) => ({ line, col, code, message }));
        expect(located(diagnostics)).toEqual(located(load.ok ? [] : load.diagnostics.sort(compareDiagnostics)));
      }),
      { numRuns: 150 },
    );
  });

  it('with one mutation that breaks the file outside the preamble, also reports a duplicate id in the preamble, and nothing else', async () => {
    const outsidePreamble = (at: Slot['path']) => at.length > 0 && at[0] !== 'preamble';
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (source, one) => {
        const document = SOURCES[source % SOURCES.length] as { preamble: Array<{ id: string }> };
        fc.pre(document.preamble.length > 0);
        const copy = structuredClone(document);
        copy.preamble.push(structuredClone(copy.preamble[0]!));
        const text = mutated(copy, [one], outsidePreamble);
        const load = loadText('x.yaml', text);
        fc.pre(!load.ok && parseYaml('x.yaml', text).ok);
        const { diagnostics } = await validated(text);
        const id = copy.preamble[0]!.id;
        const lines = text.split('\n');
        const line = lines.findLastIndex((l) => new RegExp(`^\\s*(- )?id: ${id}$`).test(l));
        const duplicate = { line: line + 1, col: lines[line]!.indexOf(id) + 1, code: 'duplicate-id' };
        const located = (list: Diagnostic[]) => list.map(({ line, col, code }) => ({ line, col, code }));
        const expected = [...(load.ok ? [] : load.diagnostics), { ...duplicate, file: 'x.yaml', severity: 'error' as const, message: '' }];
        expect(located(diagnostics)).toEqual(located(expected.sort(compareDiagnostics)));
      }),
      { numRuns: 100 },
    );
  });
});
