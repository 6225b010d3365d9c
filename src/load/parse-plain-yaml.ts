import jsyaml from 'js-yaml';
import { Scalar, Schema, type ScalarTag } from 'yaml';
import { FORBIDDEN_KEYS, MAX_DEPTH } from './parse-yaml.js';
import { onCommonGround } from './plain-yaml-ground.js';

/**
 * The fast way in for the common case, a clean file. `yaml` keeps every node's position, which
 * every message needs, but building that tree is most of the cost of validating a folder of
 * files (js-yaml reads the same text six to ten times faster). So a file is first read with
 * js-yaml, and only a file with a problem is read again with `yaml` (see `loadText`).
 *
 * This is only sound where js-yaml reads a text exactly as `yaml` does, so it refuses (returns
 * undefined) a text off that common ground (`onCommonGround`), a text js-yaml finds wrong
 * (duplicate keys, syntax, several documents), and any structure the `yaml` path would refuse
 * (forbidden keys, nesting near the depth limit). Plain scalars are typed by `yaml`'s own
 * YAML 1.2 core schema rules, so `0o17`, `-.5` or `1_000` mean what they mean in `yaml`, not
 * what they mean in js-yaml. Keys that are not text (`null:`, `1.0:`) may read differently, but
 * the schema allows none, so such a file never passes on this path.
 * test/load/parse-plain-yaml.test.ts holds the two readings side by side on arbitrary text.
 */
function coreTags(): jsyaml.Type[] {
  const byTag = new Map<string, ScalarTag[]>();
  for (const tag of new Schema({}).tags as ScalarTag[]) {
    if (!tag.test) continue;
    byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag]);
  }
  // js-yaml keeps one type per tag, so each type tries that tag's `yaml` rules in `yaml`'s order.
  return [...byTag].map(([name, tags]) => {
    const any = new RegExp(tags.map((tag) => tag.test!.source).join('|'));
    return new jsyaml.Type(name, {
      kind: 'scalar',
      resolve: (text: string | null) => any.test(text ?? ''),
      construct: (text: string | null) => {
        const found = tags.find((tag) => tag.test!.test(text ?? ''))!;
        const value = found.resolve(text ?? '', () => undefined, { intAsBigInt: false } as never);
        return value instanceof Scalar ? value.value : value;
      },
    });
  });
}

/** js-yaml's reading of plain scalars, made to follow `yaml`'s YAML 1.2 core schema. */
export const PLAIN_YAML_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({ implicit: coreTags() });

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
  if (!onCommonGround(text)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: PLAIN_YAML_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !plainStructure(data)) return undefined;
  return data as Record<string, unknown>;
}
