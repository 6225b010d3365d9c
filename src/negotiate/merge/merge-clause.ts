import type { Subparagraph } from '../../model/document.js';
import { joinNames } from '../../text/join-names.js';
import { bracketAlternatives, bracketWhole } from './bracket-alternatives.js';
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
 * the base's value and is reported. Subparagraphs are merged in turn where every version keeps
 * the same list (by letters); versions that restructure the list differently are refused.
 */
export function mergeClause<C extends AnyClause>(base: C, versions: readonly ClauseVersion<C>[], where: string): ClauseMerge<C> {
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
  if (shapes.length > 1) throw new NegotiationRefusal(`${where}: ${joinNames(shapes.map((s) => joinNames(s.names)))} each rearrange its subparagraphs their own way; merge such copies one at a time, or agree the list first`);
  const baseSubs = ('subparagraphs' in base ? base.subparagraphs : undefined) ?? [];
  const shaped = shapes[0];
  if (shaped) {
    // One group restructured the list; the others' edits to it cannot be lined up: take that list only if nobody else touched it.
    const others = changed((c) => json('subparagraphs' in c ? c.subparagraphs : undefined), (a, b) => a === b).filter((g) => !g.names.every((n) => shaped.names.includes(n)));
    if (others.length > 0) throw new NegotiationRefusal(`${where}: ${joinNames(shaped.names)} rearrange its subparagraphs while ${joinNames(others.flatMap((o) => o.names))} change them; merge such copies one at a time`);
    merged.subparagraphs = (shaped.clause as { subparagraphs?: Subparagraph[] }).subparagraphs;
  } else if (baseSubs.length > 0) {
    merged.subparagraphs = baseSubs.map((sub, i) => {
      const result = mergeClause(sub, versions.map((v) => ({ names: v.names, clause: (v.clause as { subparagraphs: Subparagraph[] }).subparagraphs[i]! })), `${where} (${sub.number ?? i + 1})`);
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
