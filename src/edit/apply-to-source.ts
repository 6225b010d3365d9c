import { isMap, isPair, isScalar, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Locator } from '../load/locate.js';
import { scalarSourceMap } from '../load/scalar-source.js';
import type { DataPath } from '../model/paragraph-path.js';
import { applyReplacements, type EditOperation, type TextReplacement } from './edit-plan.js';

/** A planned edit that cannot be made without touching more than it should. */
export class UnsafeEditError extends Error {
  override readonly name = 'UnsafeEditError';
  constructor(
    readonly path: DataPath,
    message: string,
  ) {
    super(message);
  }
}

interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Characters that can replace others inside any scalar style without quoting or escaping. */
const INERT = /^[A-Za-z0-9()-]+$/;
const FOLDABLE = /[ \t\r\n]/;

function scalarAt(locate: Locator, path: DataPath): Scalar {
  const node = locate.node(path);
  if (!isScalar(node) || !node.range) throw new UnsafeEditError(path, 'the value to change is not a plain value');
  return node;
}

function mapAt(locate: Locator, path: DataPath): YAMLMap {
  const node = locate.node(path);
  if (!isMap(node) || !node.range) throw new UnsafeEditError(path, 'the entry to extend is not a mapping');
  return node;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function columnOf(source: string, offset: number): number {
  return offset - source.lastIndexOf('\n', offset - 1) - 1;
}

/** Each replacement as the few source characters it changes, or undefined if that is not possible. */
function replacementSplices(source: string, node: Scalar, replacements: readonly TextReplacement[]): Splice[] | undefined {
  const value = String(node.value);
  const map = scalarSourceMap(source, node);
  if (!map) return undefined;
  const splices: Splice[] = [];
  for (const r of replacements) {
    const old = value.slice(r.start, r.end);
    if (old === '' || FOLDABLE.test(old) || !INERT.test(r.text)) return undefined;
    const start = map.offsetOf(r.start);
    const end = map.offsetOf(r.end - 1) + 1;
    if (source.slice(start, end) !== old) return undefined;
    splices.push({ start, end, text: r.text });
  }
  return splices;
}

function textSplices(source: string, locate: Locator, path: DataPath, replacements: readonly TextReplacement[]): Splice[] {
  const node = scalarAt(locate, path);
  const exact = replacementSplices(source, node, replacements);
  if (exact) return exact;
  // A double-quoted value with escapes can be written again whole, in the same quoting style.
  if (node.type === 'QUOTE_DOUBLE') return [{ start: node.range![0], end: node.range![1], text: JSON.stringify(applyReplacements(String(node.value), replacements)) }];
  throw new UnsafeEditError(path, 'this text could not be changed in place without re-writing it');
}

function keySplice(source: string, locate: Locator, path: DataPath, key: string, value: string | number): Splice {
  const map = mapAt(locate, path);
  const rendered = `${key}: ${value}`;
  const pairs = map.items.filter(isPair);
  const idPair = key === 'id' ? undefined : pairs.find((p) => keyOf(p) === 'id');
  if (idPair && isScalar(idPair.value) && idPair.value.range && isScalar(idPair.key) && idPair.key.range) {
    const after = idPair.value.range[1];
    if (map.flow) return { start: after, end: after, text: `, ${rendered}` };
    const lineEnd = source.indexOf('\n', after);
    const at = lineEnd < 0 ? source.length : lineEnd;
    return { start: at, end: at, text: `\n${' '.repeat(columnOf(source, idPair.key.range[0]))}${rendered}` };
  }
  const first = pairs[0]?.key;
  if (!isScalar(first) || !first.range) throw new UnsafeEditError(path, `cannot place \`${key}\` in this entry`);
  const at = first.range[0];
  return { start: at, end: at, text: map.flow ? `${rendered}, ` : `${rendered}\n${' '.repeat(columnOf(source, at))}` };
}

/**
 * Makes a plan's changes in the YAML source itself, touching only the characters that change
 * (a digit in a paragraph number, a letter in a label) and adding keys on lines of their own.
 * Everything else — comments, key order, quoting, blank lines, how the person wrapped long
 * text — stays exactly as written. Re-serialising the whole document would re-fold every long
 * paragraph and turn a small renumbering into a diff of the whole file.
 */
export function applyToSource(source: string, locate: Locator, plan: readonly EditOperation[]): string {
  const splices = plan.flatMap((operation): Splice[] => {
    switch (operation.kind) {
      case 'set-number': {
        const node = scalarAt(locate, operation.path);
        if (node.type !== 'PLAIN') throw new UnsafeEditError(operation.path, 'a number written in quotes cannot be renumbered in place');
        return [{ start: node.range![0], end: node.range![1], text: String(operation.value) }];
      }
      case 'replace-in-text':
        return textSplices(source, locate, operation.path, operation.replacements);
      case 'add-key':
        return [keySplice(source, locate, operation.path, operation.key, operation.value)];
    }
  });
  // Insertions at the same place keep the plan's order (`id` before `number`).
  const ordered = splices.map((splice, order) => ({ splice, order })).sort((a, b) => a.splice.start - b.splice.start || a.order - b.order);
  let out = '';
  let from = 0;
  for (const { splice } of ordered) {
    if (splice.start < from) throw new UnsafeEditError([], 'two changes overlap');
    out += source.slice(from, splice.start) + splice.text;
    from = splice.end;
  }
  return out + source.slice(from);
}
