import type { Part } from '../../diff/types.js';
import type { LanguageCode, ResolutionDocument } from '../../model/document.js';
import { joinNames } from '../../text/join-names.js';
import { bracketWholeClause, mergeClause } from './merge-clause.js';
import { contentKey, type Paragraph } from './paragraph-key.js';
import { moveTarget, placeSlots } from './place-slots.js';
import type { CopyReading } from './read-copy.js';
import { readCopies } from './read-copies.js';
import { NegotiationRefusal } from '../refusal.js';
import type { DelegationCopy, ParagraphOutcome } from './types.js';

/** What stands in one slot of the merged text, and how it came to. */
export interface SlotDecision {
  slot: string;
  paragraphs: Paragraph[];
  outcome: ParagraphOutcome;
  detail?: string;
  /** The paragraphs came from a copy with ids of its own: new ones are chosen. */
  fresh: boolean;
}

function label(part: Part, index: number): string {
  return `${part === 'preamble' ? 'pp' : 'op'} ${index + 1}`;
}

function decideBase(paragraph: Paragraph, where: string, readings: readonly CopyReading[], language: LanguageCode): SlotDecision {
  const groups = new Map<string, { names: string[]; paragraphs: Paragraph[] }>();
  for (const reading of readings) {
    const changed = reading.changed.get(paragraph.id);
    if (!changed) continue;
    const key = contentKey(changed);
    const group = groups.get(key);
    if (group) group.names.push(reading.name);
    else groups.set(key, { names: [reading.name], paragraphs: changed });
  }
  const versions = [...groups.values()];
  if (versions.length === 0) return { slot: paragraph.id, paragraphs: [paragraph], outcome: 'kept', fresh: false };
  // Moved as it stands by some, deleted by others: a conflict like a change against a deletion.
  const movers = readings.filter((r) => r.moved.has(paragraph.id) && !r.changed.has(paragraph.id)).map((r) => r.name);
  if (versions.length === 1 && versions[0]!.paragraphs.length === 0 && movers.length > 0) {
    const deleting = versions[0]!.names;
    return { slot: paragraph.id, paragraphs: [{ ...bracketWholeClause(paragraph, movers, deleting, where), id: paragraph.id }], outcome: 'conflict', detail: `${joinNames(deleting)} would delete it; ${joinNames(movers)} would move it`, fresh: false };
  }
  if (versions.length === 1) {
    const [first, ...rest] = versions[0]!.paragraphs;
    return { slot: paragraph.id, paragraphs: first ? [{ ...first, id: paragraph.id }, ...rest] : [], outcome: 'taken', fresh: rest.length > 0 };
  }
  const kept = versions.filter((v) => v.paragraphs.length > 0);
  const deleting = versions.filter((v) => v.paragraphs.length === 0).flatMap((v) => v.names);
  const reshaped = kept.filter((v) => v.paragraphs.length > 1);
  if (reshaped.length > 0) throw new NegotiationRefusal(`${where}: ${joinNames(reshaped.flatMap((v) => v.names))} would split it while ${joinNames(versions.filter((v) => !reshaped.includes(v)).flatMap((v) => v.names))} would change it otherwise; merge such copies one at a time`);
  if (deleting.length > 0 && kept.length > 1) {
    throw new NegotiationRefusal(`${where}: ${joinNames(deleting)} would delete it while ${joinNames(kept.map((v) => joinNames(v.names)))} each change it their own way, and a bracket of alternatives cannot stand inside a bracket for its deletion; merge such copies one at a time`);
  }
  const merged = kept.length === 1 ? { clause: kept[0]!.paragraphs[0]!, collisions: [] } : mergeClause(paragraph, kept.map((v) => ({ names: v.names, clause: v.paragraphs[0]! })), where, language);
  const keepers = kept.flatMap((v) => v.names);
  if (deleting.length > 0) {
    return { slot: paragraph.id, paragraphs: [{ ...bracketWholeClause(merged.clause, keepers, deleting, where), id: paragraph.id }], outcome: 'conflict', detail: `${joinNames(deleting)} would delete it; ${joinNames(keepers)} would keep it, changed`, fresh: false };
  }
  if (merged.collisions.length === 0) return { slot: paragraph.id, paragraphs: [{ ...merged.clause, id: paragraph.id }], outcome: 'taken', detail: `changes by ${joinNames(kept.map((v) => joinNames(v.names)))} combined`, fresh: false };
  return { slot: paragraph.id, paragraphs: [{ ...merged.clause, id: paragraph.id }], outcome: 'bracketed', detail: `changed differently by ${joinNames(kept.map((v) => joinNames(v.names)))}: ${merged.collisions.join('; ')}`, fresh: false };
}

export interface PlanOptions {
  /** How a paragraph is named in brackets' refusals and in the summary: "op 5 (op_5)". */
  where?: (part: Part, index: number, id: string) => string;
  /** Refuse copies that are not versions of the base (default); off for the lists inside a paragraph. */
  related?: boolean;
}

export interface MergePlan {
  /** The merged text, paragraphs from copies without ids. */
  document: ResolutionDocument;
  decisions: Map<string, SlotDecision>;
  readings: CopyReading[];
  /** The slots in the merged order, by part. */
  order: Record<Part, string[]>;
}

/** Moves the copies that moved a paragraph disagree on: the paragraph stays where it stood. */
function disputedMoves(slot: string, readings: readonly CopyReading[]): string[] | undefined {
  const movers = readings.filter((r) => r.moved.has(slot));
  return new Set(movers.map((r) => moveTarget(r, slot))).size > 1 ? movers.map((r) => r.name) : undefined;
}

/**
 * Merges delegations' marked-up copies of a base text into one revision, paragraph by paragraph
 * (docs/negotiation.md), reading each copy with `diffResolutions`: a change made by one
 * delegation, or the same change by several, is taken; different changes to one paragraph go
 * into negotiation brackets, one alternative per delegation; a paragraph removed by some and
 * changed by others stays, in brackets saying who would delete it. Added, removed, moved, split
 * and merged paragraphs are carried over. The merged document keeps the base's ids; paragraphs
 * from copies are returned without ids (`fresh`), for `fmt` to give them free ones.
 * Throws `NegotiationRefusal` for copies that are not versions of the base, or changes that cannot be put in brackets.
 */
export function planMerge(base: ResolutionDocument, copies: readonly DelegationCopy[], options: PlanOptions = {}): MergePlan {
  const readings = readCopies(base, copies, { related: options.related, later: (name) => `${name}'s copy` });
  const where = options.where ?? ((part: Part, index: number, id: string) => `${label(part, index)} (${id})`);
  const decisions = new Map<string, SlotDecision>();
  base.preamble.forEach((p, i) => decisions.set(p.id, decideBase(p, where('preamble', i, p.id), readings, base.language)));
  base.operative.forEach((p, i) => decisions.set(p.id, decideBase(p, where('operative', i, p.id), readings, base.language)));
  for (const reading of readings) for (const [slot, paragraph] of reading.added) decisions.set(slot, { slot, paragraphs: [paragraph], outcome: 'taken', fresh: true });
  const unmoved = new Set<string>();
  for (const slot of new Set(readings.flatMap((r) => [...r.moved]))) {
    const disputed = disputedMoves(slot, readings);
    const decision = decisions.get(slot)!;
    if (decision.outcome === 'kept') decision.outcome = 'taken';
    if (!disputed || decision.paragraphs.length === 0) continue;
    unmoved.add(slot);
    decision.outcome = 'conflict';
    decision.detail = [decision.detail, `moved to different places by ${joinNames(disputed)}; left where it stood`].filter(Boolean).join('; ');
  }
  const order = placeSlots({ preamble: base.preamble.map((p) => p.id), operative: base.operative.map((p) => p.id) }, readings, unmoved);
  const build = (part: Part) =>
    order[part].flatMap((slot) => {
      const decision = decisions.get(slot)!;
      return decision.paragraphs.map((p, i) => inPart(decision.fresh && (i > 0 || slot.includes(':')) ? withoutIds(p) : p, part));
    });
  const document: ResolutionDocument = { ...base, preamble: build('preamble'), operative: build('operative') };
  return { document, decisions, readings, order };
}

const OPERATIVE_ONLY = ['subparagraphs', 'effects', 'measures', 'heading'];

/**
 * A paragraph as it stands in `part`: one a copy moved from the operative part into the preamble,
 * wording unchanged, comes from the base with its operative number, which a preambular paragraph has not.
 */
function inPart(paragraph: Paragraph, part: Part): Paragraph {
  if (part === 'operative') return paragraph;
  const operativeOnly = OPERATIVE_ONLY.filter((field) => (paragraph as unknown as Record<string, unknown>)[field] !== undefined);
  if (operativeOnly.length > 0) {
    throw new NegotiationRefusal(`${paragraph.id ?? 'a paragraph'}: a copy moves it into the preamble while the merged changes give it ${joinNames(operativeOnly)}, which a preambular paragraph cannot have; merge such copies one at a time`);
  }
  if (!('number' in paragraph || 'numberStatus' in paragraph)) return paragraph;
  const { number: _number, numberStatus: _status, ...rest } = paragraph as Paragraph & { number?: number; numberStatus?: unknown };
  void [_number, _status];
  return rest;
}

/** A paragraph without its ids (and its subparagraphs'), for `fmt` to give it ones that are free. */
function withoutIds(paragraph: Paragraph): Paragraph {
  const strip = (clause: Record<string, unknown>): Record<string, unknown> => {
    const { id: _id, ...rest } = clause;
    void _id;
    return 'subparagraphs' in rest && Array.isArray(rest.subparagraphs) ? { ...rest, subparagraphs: (rest.subparagraphs as Record<string, unknown>[]).map(strip) } : rest;
  };
  return strip(paragraph as unknown as Record<string, unknown>) as unknown as Paragraph;
}

