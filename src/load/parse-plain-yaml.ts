import jsyaml from 'js-yaml';
import { Scalar, Schema, type ScalarTag } from 'yaml';
import { FORBIDDEN_KEYS, MAX_DEPTH } from './parse-yaml.js';

/**
 * The fast way in for the common case, a clean file. `yaml` keeps every node's position, which
 * every message needs, but building that tree is most of the cost of validating a folder of
 * files (js-yaml reads the same text six to ten times faster). So a file is first read with
 * js-yaml, and only a file with a problem is read again with `yaml` (see `loadText`).
 *
 * This is only sound where js-yaml reads a text exactly as `yaml` does, so it refuses (returns
 * undefined) whatever lies outside that common ground: anchors, aliases, tags, tabs, comments
 * glued to a value, bare list items, quoted scalars and flow collections over several lines (a
 * stray `&`, `*`, `!` or bracket in a clause's text only costs the fast path); anything js-yaml
 * finds wrong (duplicate keys, syntax, several documents); and any structure the `yaml` path
 * would refuse (forbidden keys, nesting near the depth limit). Plain scalars are typed by
 * `yaml`'s own YAML 1.2 core schema rules, so `0o17`, `-.5` or `1_000` mean what they mean in
 * `yaml`, not what they mean in js-yaml. Keys that are not text (`null:`, `1.0:`) may read
 * differently, but the schema allows none, so such a file never passes on this path.
 * test/load/parse-plain-yaml.test.ts holds the two readings side by side on arbitrary text.
 */
const OUTSIDE_COMMON_GROUND = /[&*!\t]/;
/** A comment glued to a quote or a bracket, which `yaml` refuses and js-yaml lets pass. */
const GLUED_COMMENT = /["'\]}]#/;

/** A quoted scalar that does not close on its line: js-yaml is lenient about how the next lines are indented, `yaml` is not. */
const QUOTE_RUNS_OVER_LINES = /(?:^|[\s[{,])(?:"(?:[^"\\\n]|\\.)*\\?|'(?:[^'\n]|'')*)$/m;
/** A list item with nothing on its line, which js-yaml and `yaml` end differently when the next line is less indented. */
const BARE_ITEM = /^[ ]*-[ ]*$/m;

/**
 * Whether some line opens more flow brackets than it closes: js-yaml is lenient about how a flow
 * collection that runs over several lines is indented, `yaml` is not.
 */
function flowRunsOverLines(text: string): boolean {
  let depth = 0;
  for (const [char] of text.matchAll(/[[\]{}\n]/g)) {
    if (char !== '\n') depth += char === '[' || char === '{' ? 1 : -1;
    else if (depth !== 0) return true;
  }
  return depth !== 0;
}

function coreTags(): jsyaml.Type[] {
  const byTag = new Map<string, ScalarTag[]>();
  for (const tag of new Schema({}).tags as ScalarTag[]) {
    if (!tag.test) continue;
    byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag]);
  }
  // js-yaml keeps one type per tag, so each type tries that tag's `yaml` rules in `yaml`'s order.
  return [...byTag].map(
    ([name, tags]) =>
      new jsyaml.Type(name, {
        kind: 'scalar',
        resolve: (text: string | null) => tags.some((tag) => tag.test!.test(text ?? '')),
        construct: (text: string | null) => {
          const found = tags.find((tag) => tag.test!.test(text ?? ''))!;
          const value = found.resolve(text ?? '', () => undefined, { intAsBigInt: false } as never);
          return value instanceof Scalar ? value.value : value;
        },
      }),
  );
}

const SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: coreTags() });

/** Whether every value lies well within the depth limit and no key is one the `yaml` path refuses. */
function plainStructure(data: unknown): boolean {
  const stack: Array<[unknown, number]> = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH - 1) return false;
    if (Array.isArray(value)) for (const item of value) stack.push([item, depth + 1]);
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) return false;
        stack.push([item, depth + 1]);
      }
    }
  }
  return true;
}

/** The data of a clean, plain YAML mapping, exactly as `yaml` would give it; undefined otherwise. */
export function parsePlainYaml(text: string): Record<string, unknown> | undefined {
  if (OUTSIDE_COMMON_GROUND.test(text) || GLUED_COMMENT.test(text) || QUOTE_RUNS_OVER_LINES.test(text) || BARE_ITEM.test(text) || flowRunsOverLines(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !plainStructure(data)) return undefined;
  return data as Record<string, unknown>;
}
