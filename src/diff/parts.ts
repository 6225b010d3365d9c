import type { ResolutionPart } from '../model/document.js';
import type { PartChange } from './types.js';

function changed(before: ResolutionPart, after: ResolutionPart): PartChange | undefined {
  const change: PartChange = { kind: 'changed', id: after.id, label: after.label };
  if (before.label !== after.label) change.relabelled = { old: before.label, new: after.label };
  if (before.title !== after.title) change.title = { ...(before.title !== undefined && { old: before.title }), ...(after.title !== undefined && { new: after.title }) };
  return change.relabelled || change.title ? change : undefined;
}

/**
 * The parts A, B, C … of two versions compared, paired by id as clauses are: each part added,
 * removed, relabelled or retitled, in the order of the new document, the removed ones after.
 * Where a paragraph went from one part to another, its own change says so (`inPart`).
 */
export function diffParts(old: readonly ResolutionPart[] | undefined, updated: readonly ResolutionPart[] | undefined): PartChange[] {
  const before = new Map((old ?? []).map((part) => [part.id, part]));
  const after = new Set((updated ?? []).map((part) => part.id));
  const changes: PartChange[] = [];
  for (const part of updated ?? []) {
    const was = before.get(part.id);
    const change = was ? changed(was, part) : { kind: 'added' as const, id: part.id, label: part.label, ...(part.title !== undefined && { title: { new: part.title } }) };
    if (change) changes.push(change);
  }
  for (const part of old ?? []) {
    if (!after.has(part.id)) changes.push({ kind: 'removed', id: part.id, label: part.label, ...(part.title !== undefined && { title: { old: part.title } }) });
  }
  return changes;
}
