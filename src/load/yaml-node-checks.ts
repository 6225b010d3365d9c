import type { Node, Pair, YAMLMap } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type At = (offset: number) => { line: number; col: number };

/** The tags of YAML's core schema, which the format reads; a value is only ever text, a number, true/false, a list or a mapping. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

const COMPLEX_KEY_HINT = 'write the key as plain text (`title:`), without `?`; a list or mapping belongs after the colon, as the value';

/**
 * A tag other than the core schema's (`!!binary`, `!!timestamp`, `!!set`, a local `!note`):
 * the value becomes bytes, a date or a set the format has no place for, or the tag is dropped
 * without a word; either way the file does not say what it seems to.
 */
export function tagProblem(file: string, node: Node, text: string, at: At): Diagnostic | undefined {
  const tag = node.tag;
  if (tag === undefined || CORE_TAGS.has(tag)) return undefined;
  const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
  const start = node.range?.[0] ?? 0;
  // The tag stands before its value, on the same line or the line above.
  let bang = text.lastIndexOf('!', start);
  while (bang > 0 && text[bang - 1] === '!') bang--;
  return diagnostic(file, at(bang >= 0 && !text.slice(bang, start).includes('\n\n') ? bang : start), 'error', 'yaml-tag', `the YAML tag \`${shown}\` is not part of the format`, 'remove the tag: values are plain text, numbers, true/false, lists and mappings');
}

/**
 * What is wrong with a mapping's key: a list, a mapping or an alias (`? [a, b]`), which
 * JavaScript can only turn into text (and Node warns on stderr); a missing key (`? ` alone);
 * a key with a special meaning in JavaScript. Undefined for a plain key.
 */
export function keyProblem(file: string, pair: Pair, map: YAMLMap, text: string, at: At): Diagnostic | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (key === null || (yamlLibrary().isScalar(key) && key.value === null && key.source === '')) {
    const after = value?.range?.[0] ?? map.range?.[0] ?? 0;
    const question = text.lastIndexOf('?', after);
    return diagnostic(file, at(question >= (map.range?.[0] ?? 0) ? question : after), 'error', 'complex-key', 'this key is empty: a key must be plain text', COMPLEX_KEY_HINT);
  }
  if (!yamlLibrary().isScalar(key)) return diagnostic(file, at(key.range?.[0] ?? map.range?.[0] ?? 0), 'error', 'complex-key', 'this key is a list, a mapping or an alias: a key must be plain text', COMPLEX_KEY_HINT);
  if (typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
    return diagnostic(file, at(key.range?.[0] ?? 0), 'error', 'forbidden-key', `the key \`${key.value}\` is not allowed`, 'rename or remove the key; it has a special meaning in JavaScript and is never part of the format');
  }
  return undefined;
}
