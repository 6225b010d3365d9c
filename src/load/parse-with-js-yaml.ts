import jsyaml from 'js-yaml';
import { FORBIDDEN_KEYS, MAX_DEPTH } from './parse-yaml.js';
import { jsYamlReadsAlike } from './js-yaml-reads-alike.js';

/**
 * The fast way in for the common case, a clean file. `yaml` keeps every node's position, which
 * every message needs, but building that tree is most of the cost of validating a folder of
 * files (js-yaml reads the same text six to ten times faster). So a file is first read with
 * js-yaml, and only a file with a problem is read again with `yaml` (see `loadText`).
 *
 * This is only sound where js-yaml reads a text exactly as `yaml` does, so it refuses (returns
 * undefined) a text off that common ground (`jsYamlReadsAlike`), a text js-yaml finds wrong
 * (duplicate keys, syntax, several documents), and any structure the `yaml` path would refuse
 * (forbidden keys, nesting near the depth limit). Plain scalars are typed by `yaml`'s own
 * YAML 1.2 core schema rules, so `0o17`, `-.5` or `1_000` mean what they mean in `yaml`, not
 * what they mean in js-yaml. Keys that are not text (`null:`, `1.0:`) may read differently, but
 * the schema allows none, so such a file never passes on this path.
 * test/load/parse-with-js-yaml.test.ts holds the two readings side by side on arbitrary text.
 */
/**
 * What a YAML 1.2 core schema scalar that is not a string can begin with (null `~ null`, bool
 * `true false`, int and float `-+.0-9`). js-yaml asks every type about every plain scalar, and
 * most are words: this answers them without the type's patterns.
 */
const CORE_FIRST = /^[-+.~0-9NnTtFf]/;

/** One of `yaml`'s core schema rules: the text it takes and the value it reads. */
interface CoreRule {
  test: RegExp;
  resolve: (text: string) => unknown;
}

/**
 * `yaml`'s YAML 1.2 core schema rules for plain scalars (yaml/dist/schema/core: null, bool,
 * int, float), by tag and in `yaml`'s order, written out here so that a clean file is read
 * without loading `yaml` (see `yamlLibrary`). test/load/parse-with-js-yaml.test.ts holds the
 * two readings side by side on arbitrary text, so a `yaml` that changed them would be noticed.
 */
const CORE_RULES: ReadonlyArray<[string, CoreRule[]]> = [
  ['tag:yaml.org,2002:null', [{ test: /^(?:~|[Nn]ull|NULL)?$/, resolve: () => null }]],
  ['tag:yaml.org,2002:bool', [{ test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, resolve: (text) => text[0] === 't' || text[0] === 'T' }]],
  [
    'tag:yaml.org,2002:int',
    [
      { test: /^0o[0-7]+$/, resolve: (text) => parseInt(text.substring(2), 8) },
      { test: /^[-+]?[0-9]+$/, resolve: (text) => parseInt(text, 10) },
      { test: /^0x[0-9a-fA-F]+$/, resolve: (text) => parseInt(text.substring(2), 16) },
    ],
  ],
  [
    'tag:yaml.org,2002:float',
    [
      { test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, resolve: (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) },
      { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, resolve: (text) => parseFloat(text) },
      { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, resolve: (text) => parseFloat(text) },
    ],
  ],
];

function coreTags(): jsyaml.Type[] {
  // js-yaml keeps one type per tag, so each type tries that tag's `yaml` rules in `yaml`'s order.
  return CORE_RULES.map(([name, rules]) => {
    const any = new RegExp(rules.map((rule) => rule.test.source).join('|'));
    return new jsyaml.Type(name, {
      kind: 'scalar',
      resolve: (text: string | null) => (text === null || text === '' || CORE_FIRST.test(text)) && any.test(text ?? ''),
      construct: (text: string | null) => rules.find((rule) => rule.test.test(text ?? ''))!.resolve(text ?? ''),
    });
  });
}

/** js-yaml's reading of plain scalars, made to follow `yaml`'s YAML 1.2 core schema. */
export const JS_YAML_CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: coreTags() });

/**
 * Whether every value lies well within the depth limit and no key is one the `yaml` path
 * refuses. Recursion is safe: it stops at the depth limit.
 */
function plainStructure(value: unknown, depth = 0): boolean {
  if (depth >= MAX_DEPTH - 1) return false;
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainStructure(item, depth + 1)) return false;
    return true;
  }
  for (const key in value) {
    if (FORBIDDEN_KEYS.has(key) || !plainStructure((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** The data of a clean, plain YAML mapping, exactly as `yaml` would give it; undefined otherwise. */
export function parseWithJsYaml(text: string): Record<string, unknown> | undefined {
  if (!jsYamlReadsAlike(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: JS_YAML_CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !plainStructure(data)) return undefined;
  return data as Record<string, unknown>;
}
