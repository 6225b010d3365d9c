import type { ResolutionDocument } from '../model/document.js';
import { allClauseIds, walkOperative, type DataPath } from '../model/paragraph-path.js';
import { valueAt, type EditOperation } from './edit-plan.js';

type Entry = Record<string, unknown>;

function isEntry(value: unknown): value is Entry {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown, at: DataPath): Array<{ entry: Entry; at: DataPath }> {
  return Array.isArray(value) ? value.flatMap((entry, i) => (isEntry(entry) ? [{ entry, at: [...at, i] }] : [])) : [];
}

/** Where a clause a person added by hand has no `id` yet, in data not yet checked against the schema. */
export function findMissingIds(data: unknown): DataPath[] {
  if (!isEntry(data)) return [];
  const missing: DataPath[] = [];
  const visit = (list: unknown, at: DataPath, children: string) => {
    for (const { entry, at: entryAt } of entries(list, at)) {
      if (entry.id === undefined) missing.push(entryAt);
      if (children) visit(entry[children], [...entryAt, children], children);
    }
  };
  visit(data.preamble, ['preamble'], '');
  visit(data.operative, ['operative'], 'subparagraphs');
  for (const { entry, at } of entries(data.annexes, ['annexes'])) {
    if (entry.id === undefined) missing.push(at);
    visit(entry.items, [...at, 'items'], 'items');
  }
  return missing;
}

/** Stand-in ids, unused in the document, so that it can be checked before the real ids are chosen. */
export function placeholderIds(data: unknown, missing: readonly DataPath[]): { data: unknown; placeholders: Set<string> } {
  const copy = structuredClone(data);
  const taken = JSON.stringify(data);
  const placeholders = new Set<string>();
  for (const [i, at] of missing.entries()) {
    let id = `new_clause_${i + 1}`;
    while (taken.includes(`"${id}"`)) id = `x${id}`;
    placeholders.add(id);
    let entry = copy as Entry;
    for (const step of at) entry = entry[step] as Entry;
    entry.id = id;
  }
  return { data: copy, placeholders };
}

/** `op_4`, `op_4__b`, or for unnumbered text `op_4__after_b` / `op_4__text_1`, as `bluedraft import` names them. */
function operativeIdBase(document: ResolutionDocument, at: DataPath, idAt: ReadonlyMap<string, string>): string {
  const clause = valueAt(document, at) as { number?: number | string };
  if (at.length === 2) return `op_${clause.number ?? 'new'}`;
  const parentAt = at.slice(0, -2);
  const parent = idAt.get(parentAt.join('.'))!;
  if (clause.number !== undefined) return `${parent}__${clause.number}`;
  const index = at[at.length - 1] as number;
  const previous = index > 0 ? (valueAt(document, [...parentAt, 'subparagraphs', index - 1]) as { number?: string }).number : undefined;
  return previous === undefined ? `${parent}__text_${index + 1}` : `${parent}__after_${previous}`;
}

/**
 * The ids new clauses get, by the convention of docs/format.md: `op_4` for operative paragraph 4,
 * `op_4__b` for its (b), `pp_3` for the third preambular paragraph, `annex_1__item_2`; where that id is taken
 * (paragraphs were moved), a numbered variant `op_4_2`. `document` is numbered as it will be.
 */
export function chooseIds(document: ResolutionDocument, placeholders: ReadonlySet<string>): { operations: EditOperation[]; assigned: Array<{ placeholder: string; id: string; at: DataPath }> } {
  const taken = new Set([...allClauseIds(document)].map((c) => c.id).filter((id) => !placeholders.has(id)));
  const chosen = new Map<string, string>();
  const operations: EditOperation[] = [];
  const assigned: Array<{ placeholder: string; id: string; at: DataPath }> = [];
  const choose = (placeholder: string, at: DataPath, base: string) => {
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}_${k}`;
    taken.add(id);
    chosen.set(placeholder, id);
    operations.push({ kind: 'add-key', path: at, key: 'id', value: id });
    assigned.push({ placeholder, id, at });
  };
  for (const [index, paragraph] of document.preamble.entries()) {
    if (placeholders.has(paragraph.id)) choose(paragraph.id, ['preamble', index], `pp_${index + 1}`);
  }
  const idAt = new Map<string, string>();
  for (const { clause, at } of walkOperative(document)) {
    if (placeholders.has(clause.id)) choose(clause.id, at, operativeIdBase(document, at, idAt));
    idAt.set(at.join('.'), chosen.get(clause.id) ?? clause.id);
  }
  for (const [a, annex] of (document.annexes ?? []).entries()) {
    if (placeholders.has(annex.id)) choose(annex.id, ['annexes', a], `annex_${a + 1}`);
    const annexId = chosen.get(annex.id) ?? annex.id;
    const stack = annex.items.map((item, i) => ({ item, at: ['annexes', a, 'items', i] as DataPath, base: `${annexId}__item_${i + 1}` }));
    while (stack.length > 0) {
      const { item, at, base } = stack.shift()!;
      if (placeholders.has(item.id)) choose(item.id, at, base);
      const itemId = chosen.get(item.id) ?? item.id;
      stack.push(...(item.items ?? []).map((child, i) => ({ item: child, at: [...at, 'items', i], base: `${itemId}__${i + 1}` })));
    }
  }
  return { operations, assigned };
}
