import type { Annex, AnnexItem, LanguageCode } from '../model/document.js';
import { comparedWording, normaliseSpace, sameWording } from './clause-units.js';
import { matchableText } from './matchable-text.js';
import { hasEdits, redline, type RedlineOptions } from './redline.js';
import type { AnnexChange, AnnexEntryChange } from './types.js';

function entries(items: readonly AnnexItem[]): AnnexItem[] {
  return items.flatMap((item) => [item, ...entries(item.items ?? [])]);
}

const wordingOf = (item: AnnexItem) => item.text ?? item.summary?.text;

function describe(kind: AnnexEntryChange['kind'], item: AnnexItem): AnnexEntryChange {
  const change: AnnexEntryChange = { kind, id: item.id };
  if (item.label !== undefined) change.label = item.label;
  if (item.name !== undefined) change.name = item.name;
  if (item.kind !== undefined) change.entryKind = item.kind;
  const wording = wordingOf(item);
  if (kind !== 'changed' && wording !== undefined) change.text = wording;
  return change;
}

/**
 * Pairs the entries of two versions of an annex: designations by name (a different name is a
 * different designation, whatever its id), then other entries by id, then by wording.
 */
function pairEntries(olds: AnnexItem[], news: AnnexItem[]): Array<[AnnexItem | undefined, AnnexItem | undefined]> {
  const free = new Set(olds);
  const partner = new Map<AnnexItem, AnnexItem>();
  const named = (item: AnnexItem) => (item.name === undefined ? undefined : matchableText(normaliseSpace(item.name)));
  const pass = (keyOf: (item: AnnexItem) => string | undefined, compatible: (old: AnnexItem, item: AnnexItem) => boolean = () => true) => {
    const byKey = new Map<string, AnnexItem[]>();
    for (const old of free) {
      const key = keyOf(old);
      if (key === undefined) continue;
      const list = byKey.get(key);
      if (list) list.push(old);
      else byKey.set(key, [old]);
    }
    for (const item of news) {
      const key = keyOf(item);
      if (partner.has(item) || key === undefined) continue;
      const found = byKey.get(key)?.find((old) => free.has(old) && compatible(old, item));
      if (found) {
        free.delete(found);
        partner.set(item, found);
      }
    }
  };
  const notBothNamed = (old: AnnexItem, item: AnnexItem) => named(old) === undefined || named(item) === undefined;
  pass(named);
  pass((item) => item.id, notBothNamed);
  pass((item) => {
    const wording = wordingOf(item);
    return wording === undefined ? undefined : comparedWording(wording);
  }, notBothNamed);
  return [...news.map((item): [AnnexItem | undefined, AnnexItem] => [partner.get(item), item]), ...[...free].map((old): [AnnexItem, undefined] => [old, undefined])];
}

function entryChanges(olds: readonly AnnexItem[], news: readonly AnnexItem[], language: LanguageCode, options: RedlineOptions): AnnexEntryChange[] {
  const changes: AnnexEntryChange[] = [];
  for (const [old, updated] of pairEntries(entries(olds), entries(news))) {
    if (!old) changes.push(describe('added', updated!));
    else if (!updated) changes.push(describe('removed', old));
    else {
      const change = describe('changed', updated);
      if (old.name !== undefined && !sameWording(old.name, updated.name)) change.oldName = old.name;
      const lines = redline(wordingOf(old) ?? '', wordingOf(updated) ?? '', language, options);
      if (hasEdits(lines)) change.redline = lines;
      if (change.oldName !== undefined || change.redline || old.label !== updated.label || old.kind !== updated.kind) changes.push(change);
    }
  }
  return changes;
}

function wholeAnnex(kind: 'added' | 'removed', annex: Annex): AnnexChange {
  const change: AnnexChange = { kind, id: annex.id, entries: entries(annex.items).map((item) => describe(kind, item)) };
  if (annex.label !== undefined) change.label = annex.label;
  return change;
}

/** Annexes added or removed, and entries added, removed or changed in the annexes on both sides (paired by id, then label). */
export function diffAnnexes(olds: readonly Annex[] = [], news: readonly Annex[] = [], language: LanguageCode, options: RedlineOptions = {}): AnnexChange[] {
  const free = new Set(olds);
  const changes: AnnexChange[] = [];
  const label = (annex: Annex) => (annex.label === undefined ? undefined : matchableText(annex.label));
  const pairs = news.map((annex) => {
    const old = olds.find((candidate) => free.has(candidate) && candidate.id === annex.id) ?? olds.find((candidate) => free.has(candidate) && label(candidate) !== undefined && label(candidate) === label(annex));
    if (old) free.delete(old);
    return [old, annex] as const;
  });
  for (const [old, annex] of pairs) {
    if (!old) {
      changes.push(wholeAnnex('added', annex));
      continue;
    }
    const change: AnnexChange = { kind: 'changed', id: annex.id, entries: entryChanges(old.items, annex.items, language, options) };
    if (annex.label !== undefined) change.label = annex.label;
    if (!sameWording(old.title, annex.title)) change.title = { ...(old.title !== undefined && { old: old.title }), ...(annex.title !== undefined && { new: annex.title }) };
    if (change.entries.length > 0 || change.title) changes.push(change);
  }
  for (const old of free) changes.push(wholeAnnex('removed', old));
  return changes;
}
