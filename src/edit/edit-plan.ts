import type { DataPath } from '../model/paragraph-path.js';

/** One change inside a text value: the characters from `start` to `end` become `text`. */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * A change to a resolution file, by data path. Plans are applied twice, to the data and to the
 * source text, and the two results must agree before anything is written.
 */
export type EditOperation =
  | { kind: 'set-number'; path: DataPath; value: number }
  /** A text value changed by a few replacements; everything else in it stays as written. */
  | { kind: 'replace-in-text'; path: DataPath; replacements: TextReplacement[] }
  /** A key added to the mapping at `path`: `id` first, any other key right after `id`. */
  | { kind: 'add-key'; path: DataPath; key: string; value: string | number };

export function applyReplacements(text: string, replacements: readonly TextReplacement[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}

/** The value at a data path: `['operative', 3, 'number']`. */
export function valueAt(data: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], data);
}

function containerAt(data: unknown, path: DataPath): Record<string | number, unknown> {
  return valueAt(data, path) as Record<string | number, unknown>;
}

/** The data the plan should produce: what the edited source must parse to. */
export function applyToData(data: unknown, plan: readonly EditOperation[]): unknown {
  const copy = structuredClone(data);
  for (const operation of plan) {
    if (operation.kind === 'add-key') {
      containerAt(copy, operation.path)[operation.key] = operation.value;
      continue;
    }
    const parent = containerAt(copy, operation.path.slice(0, -1));
    const key = operation.path[operation.path.length - 1]!;
    parent[key] = operation.kind === 'set-number' ? operation.value : applyReplacements(String(parent[key]), operation.replacements);
  }
  return copy;
}
