import type { Part } from '../../diff/types.js';
import type { ResolutionDocument } from '../../model/document.js';
import { joinNames } from '../../text/join-names.js';
import { bracketWholeClause, mergeClause } from './merge-clause.js';
import { contentKey, type Paragraph } from './paragraph-key.js';
import { moveTarget, placeSlots } from './place-slots.js';
import { readCopy, type CopyReading } from './read-copy.js';
import { unrelatedBecause } from '../related.js';
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

function decideBase(paragraph: Paragraph, where: string, readings: readonly CopyReading[]): SlotDecision {
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
  const merged = kept.length === 1 ? { clause: kept[0]!.paragraphs[0]!, collisions: [] } : mergeClause(paragraph, kept.map((v) => ({ names: v.names, clause: v.paragraphs[0]! })), where);
  const keepers = kept.flatMap((v) => v.names);
  if (deleting.length > 0) {
    return { slot: paragraph.id, paragraphs: [{ ...bracketWholeClause(merged.clause, keepers, deleting, where), id: paragraph.id }], outcome: 'conflict', detail: `${joinNames(deleting)} would delete it; ${joinNames(keepers)} would keep it, changed`, fresh: false };
  }
  return { slot: paragraph.id, paragraphs: [{ ...merged.clause, id: paragraph.id }], outcome: 'bracketed', detail: `changed differently by ${joinNames(kept.map((v) => joinNames(v.names)))}: ${merged.collisions.join('; ')}`, fresh: false };
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
export function planMerge(base: ResolutionDocument, copies: readonly DelegationCopy[]): MergePlan {
  const additions = new Map<string, string>();
  const readings = copies.map((copy, c) => readCopy(base, copy.document, copy.name, c, additions));
  copies.forEach((copy, c) => {
    const reason = unrelatedBecause(base, copy.document, readings[c]!.diff, { earlier: 'the base', later: `${copy.name}'s copy` });
    if (reason) throw new NegotiationRefusal(reason);
  });
  const decisions = new Map<string, SlotDecision>();
  base.preamble.forEach((p, i) => decisions.set(p.id, decideBase(p, `${label('preamble', i)} (${p.id})`, readings)));
  base.operative.forEach((p, i) => decisions.set(p.id, decideBase(p, `${label('operative', i)} (${p.id})`, readings)));
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
      return decision.paragraphs.map((p, i) => (decision.fresh && (i > 0 || slot.includes(':')) ? withoutIds(p) : p));
    });
  const document: ResolutionDocument = { ...base, preamble: build('preamble'), operative: build('operative') };
  return { document, decisions, readings, order };
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

