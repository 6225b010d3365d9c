import type { LanguageCode, Subparagraph } from '../../model/document.js';
import { joinNames } from '../../text/join-names.js';
import { bracketAlternatives, bracketWhole } from './bracket-alternatives.js';
import { mergeSubparagraphs } from './merge-subparagraphs.js';
import { sameText, type AnyClause } from './paragraph-key.js';
import { NegotiationRefusal } from '../refusal.js';

/** One delegation's (or several delegations' same) version of a clause. */
export interface ClauseVersion<C extends AnyClause = AnyClause> {
  names: string[];
  clause: C;
}

/** Fields merged as wording (`text` with its `brackets`) or as structure (`subparagraphs`), or that say where the clause stands. */
const OWN = new Set(['id', 'number', 'numberStatus', 'part', 'text', 'brackets', 'subparagraphs']);

export interface ClauseMerge<C extends AnyClause> {
  clause: C;
  /** Where the versions collide, in words: "text of op_3 (a)", "measures of op_5 (base kept)". */
  collisions: string[];
}

const json = (value: unknown) => JSON.stringify(value ?? null);

/** Groups versions that agree on a value, keeping the first's order. */
function agreeing<C extends AnyClause, V>(versions: readonly ClauseVersion<C>[], value: (clause: C) => V, same: (a: V, b: V) => boolean): Array<{ names: string[]; value: V; clause: C }> {
  const groups: Array<{ names: string[]; value: V; clause: C }> = [];
  for (const version of versions) {
    const v = value(version.clause);
    const group = groups.find((g) => same(g.value, v));
    if (group) group.names.push(...version.names);
    else groups.push({ names: [...version.names], value: v, clause: version.clause });
  }
  return groups;
}

function subparagraphShape(clause: AnyClause): string {
  return json(('subparagraphs' in clause ? (clause.subparagraphs ?? []) : []).map((sub) => sub.number ?? null));
}

/**
 * Merges different versions of one clause against the base, field by field and subparagraph by
 * subparagraph: what one group of delegations changed is taken; wording changed differently by
 * several goes into a bracket, one alternative each; any other field changed differently keeps
 * the base's value and is reported. Subparagraphs are merged in turn, one by one where every
 * version keeps the same list (by letters), else as a list the way paragraphs are (`mergeSubparagraphs`).
 */
export function mergeClause<C extends AnyClause>(base: C, versions: readonly ClauseVersion<C>[], where: string, language: LanguageCode): ClauseMerge<C> {
  const collisions: string[] = [];
  const merged = { ...base } as Record<string, unknown>;
  const changed = <V>(value: (clause: C) => V, same: (a: V, b: V) => boolean) => agreeing(versions, value, same).filter((g) => !same(g.value, value(base)));

  const texts = changed((c) => c.text, sameText);
  if (texts.length === 1) {
    merged.text = texts[0]!.clause.text;
    merged.brackets = texts[0]!.clause.brackets;
  } else if (texts.length > 1) {
    if (texts.some((t) => t.value === undefined)) throw new NegotiationRefusal(`${where}: ${joinNames(texts.map((t) => joinNames(t.names)))} change its wording differently, and one has no wording to bracket`);
    const bracketed = bracketAlternatives(texts.map((t) => ({ names: t.names, text: t.value!, brackets: t.clause.brackets })), where);
    merged.text = bracketed.text;
    merged.brackets = bracketed.brackets;
    collisions.push(`wording of ${where}`);
  }

  const keys = new Set(versions.flatMap((v) => Object.keys(v.clause)).concat(Object.keys(base)));
  for (const key of [...keys].filter((k) => !OWN.has(k))) {
    const values = changed((c) => (c as unknown as Record<string, unknown>)[key], (a, b) => json(a) === json(b));
    if (values.length === 1) merged[key] = values[0]!.value;
    else if (values.length > 1) collisions.push(`${key} of ${where} (changed differently by ${joinNames(values.map((v) => joinNames(v.names)))}; the base's kept)`);
  }

  const shapes = changed(subparagraphShape, (a, b) => a === b);
  const baseSubs = ('subparagraphs' in base ? base.subparagraphs : undefined) ?? [];
  if (shapes.length > 0) {
    // Some delegations added, removed or moved subparagraphs: the list is merged as the paragraphs are.
    const lists = versions.map((v) => ({ names: v.names, list: ('subparagraphs' in v.clause ? v.clause.subparagraphs : undefined) ?? [] }));
    const result = mergeSubparagraphs(baseSubs, lists, where, language);
    collisions.push(...result.collisions);
    merged.subparagraphs = result.list.length > 0 ? result.list : undefined;
  } else if (baseSubs.length > 0) {
    merged.subparagraphs = baseSubs.map((sub, i) => {
      const result = mergeClause(sub, versions.map((v) => ({ names: v.names, clause: (v.clause as { subparagraphs: Subparagraph[] }).subparagraphs[i]! })), `${where} (${sub.number ?? i + 1})`, language);
      collisions.push(...result.collisions);
      return result.clause;
    });
  }
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return { clause: merged as C, collisions };
}

/** A paragraph some would delete and others keep: each of its wordings in a bracket saying who would delete it. */
export function bracketWholeClause<C extends AnyClause>(clause: C, keptBy: readonly string[], deletedBy: readonly string[], where: string): C {
  const out = { ...clause } as C & { subparagraphs?: Subparagraph[] };
  if (clause.text !== undefined) Object.assign(out, bracketWhole(clause.text, keptBy, deletedBy, where));
  if ('subparagraphs' in clause && clause.subparagraphs) out.subparagraphs = clause.subparagraphs.map((sub) => bracketWholeClause(sub, keptBy, deletedBy, `${where} (${sub.number ?? ''})`));
  return out;
}
