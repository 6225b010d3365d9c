import type { ClauseChange } from '../../diff/types.js';
import type { ResolutionDocument } from '../../model/document.js';
import { contentKey } from '../merge/paragraph-key.js';
import { moveTarget } from '../merge/place-slots.js';
import type { CopyReading } from '../merge/read-copy.js';
import { readCopies } from '../merge/read-copies.js';
import { measureEffects } from './measure-effects.js';
import type { DraftComparison, DraftSide, MeasureStanding, ParagraphStanding, Standing } from './types.js';

const ORDER: Standing[] = ['conflict', 'agreed', 'only-a', 'only-b'];

/** What one draft did to a slot, as a key: equal for the same change (same wording, same place). */
function changeKey(reading: CopyReading, slot: string): string | undefined {
  if (!reading.touches.has(slot)) return undefined;
  const content = reading.added.get(slot);
  const paragraphs = content ? [content] : reading.changed.get(slot);
  return JSON.stringify([paragraphs ? contentKey(paragraphs) : null, reading.moved.has(slot) ? moveTarget(reading, slot) : null]);
}

function side(reading: CopyReading, slot: string): DraftSide | undefined {
  const touches = reading.touches.get(slot);
  if (!touches) return undefined;
  const change: ClauseChange | undefined = reading.diff.clauses.find((c) => c.old[0]?.id === slot || (c.kind === 'added' && reading.added.get(slot)?.id === c.new[0]?.id));
  const out: DraftSide = { touches };
  if (change?.redline) out.redline = change.redline;
  const texts = change && (change.kind === 'added' || change.kind === 'split') ? change.new.map((s) => s.text ?? '') : [];
  if (texts.length > 0) out.text = texts;
  return out;
}

function measures(base: ResolutionDocument, a: ResolutionDocument, b: ResolutionDocument): MeasureStanding[] {
  const [inBase, inA, inB] = [measureEffects(base), measureEffects(a), measureEffects(b)];
  const codes = [...new Set([...inBase.keys(), ...inA.keys(), ...inB.keys()])].sort();
  const same = (x: string[] = [], y: string[] = []) => JSON.stringify(x) === JSON.stringify(y);
  return codes.filter((code) => !same(inBase.get(code), inA.get(code)) || !same(inBase.get(code), inB.get(code))).map((measure) => ({ measure, base: inBase.get(measure) ?? [], a: inA.get(measure) ?? [], b: inB.get(measure) ?? [] }));
}

/**
 * Two competing drafts against their common base (docs/negotiation.md), each read with
 * `diffResolutions` as `merge` reads a delegation's copy: per paragraph either touched, whether
 * the drafts agree, only one changed it, or they conflict; per measure, what the base, A and B
 * do to it, where A or B differs from the base. Throws `NegotiationRefusal` where a draft is
 * not a version of the base.
 */
export function compareDrafts(base: ResolutionDocument, a: { name: string; document: ResolutionDocument }, b: { name: string; document: ResolutionDocument }): DraftComparison {
  const [ra, rb] = readCopies(base, [a, b], { later: (name) => name }) as [CopyReading, CopyReading];
  const was = new Map([...base.preamble.map((p, i) => [p.id, `pp ${i + 1}`] as const), ...base.operative.map((p, i) => [p.id, `op ${p.number ?? i + 1}`] as const)]);
  const slots = [...base.preamble.map((p) => p.id), ...base.operative.map((p) => p.id), ...ra.added.keys(), ...[...rb.added.keys()].filter((s) => !ra.added.has(s))];
  const paragraphs: ParagraphStanding[] = slots.flatMap((slot) => {
    const [ka, kb] = [changeKey(ra, slot), changeKey(rb, slot)];
    if (ka === undefined && kb === undefined) return [];
    const standing: Standing = ka === undefined ? 'only-b' : kb === undefined ? 'only-a' : ka === kb ? 'agreed' : 'conflict';
    const added = ra.added.get(slot) ?? rb.added.get(slot);
    const entry: ParagraphStanding = { id: added?.id ?? slot, standing };
    if (was.has(slot)) entry.was = was.get(slot)!;
    const [sa, sb] = [side(ra, slot), side(rb, slot)];
    if (sa) entry.a = sa;
    if (sb) entry.b = sb;
    return [entry];
  });
  paragraphs.sort((x, y) => ORDER.indexOf(x.standing) - ORDER.indexOf(y.standing));
  const counts = Object.fromEntries(ORDER.map((s) => [s, paragraphs.filter((p) => p.standing === s).length])) as Record<Standing, number>;
  return { base: ra.diff.old, a: { name: a.name, document: ra.diff.new }, b: { name: b.name, document: rb.diff.new }, paragraphs, counts, measures: measures(base, a.document, b.document) };
}
