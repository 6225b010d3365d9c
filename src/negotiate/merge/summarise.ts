import type { Part } from '../../diff/types.js';
import type { ResolutionDocument } from '../../model/document.js';
import type { MergePlan } from './plan-merge.js';
import type { DelegationSummary, ParagraphMerge, ParagraphOutcome, Touch } from './types.js';

const OUTCOME_ORDER: ParagraphOutcome[] = ['conflict', 'bracketed', 'taken', 'kept'];
const TOUCHES: Touch[] = ['reworded', 'added', 'removed', 'moved', 'split', 'merged'];

const short = (part: Part) => (part === 'preamble' ? 'pp' : 'op');

/** Where each slot's first paragraph stands in the finished text: "op 5" (the number printed, where there is one). */
function positions(plan: MergePlan, finished: ResolutionDocument): Map<string, { at: string; id: string }> {
  const out = new Map<string, { at: string; id: string }>();
  for (const part of ['preamble', 'operative'] as const) {
    const paragraphs = part === 'preamble' ? finished.preamble : finished.operative;
    let index = 0;
    for (const slot of plan.order[part]) {
      const count = plan.decisions.get(slot)!.paragraphs.length;
      const first = paragraphs[index];
      if (count > 0 && first) out.set(slot, { at: `${short(part)} ${'number' in first && first.number !== undefined ? first.number : index + 1}`, id: first.id });
      index += count;
    }
  }
  return out;
}

/**
 * The merge as the people in the room read it: per paragraph, who touched it and what came of
 * it (conflicts first, then bracketed paragraphs, then changes taken, then the untouched), and
 * per delegation, what it changed and how much of it is disputed.
 */
export function summariseMerge(base: ResolutionDocument, plan: MergePlan, finished: ResolutionDocument): { paragraphs: ParagraphMerge[]; delegations: DelegationSummary[] } {
  const placed = positions(plan, finished);
  const was = new Map<string, string>([...base.preamble.map((p, i) => [p.id, `pp ${i + 1}`] as const), ...base.operative.map((p, i) => [p.id, `op ${p.number ?? i + 1}`] as const)]);
  const slots = [...plan.order.preamble, ...plan.order.operative];
  const paragraphs: ParagraphMerge[] = slots.map((slot) => {
    const decision = plan.decisions.get(slot)!;
    const touchedBy = plan.readings.flatMap((r) => (r.touches.has(slot) ? [{ delegation: r.name, touches: r.touches.get(slot)! }] : []));
    const where = placed.get(slot);
    const entry: ParagraphMerge = { id: where?.id ?? slot, outcome: decision.outcome, touchedBy };
    if (where) entry.at = where.at;
    if (was.has(slot)) entry.was = was.get(slot)!;
    if (decision.detail) entry.detail = decision.detail;
    return entry;
  });
  paragraphs.sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
  const delegations = plan.readings.map((reading): DelegationSummary => {
    const counts = Object.fromEntries(TOUCHES.map((t) => [t, 0])) as Record<Touch, number>;
    let taken = 0;
    let disputed = 0;
    for (const [slot, touches] of reading.touches) {
      for (const t of touches) counts[t]++;
      const outcome = plan.decisions.get(slot)!.outcome;
      if (outcome === 'taken') taken++;
      else if (outcome !== 'kept') disputed++;
    }
    return { delegation: reading.name, counts, taken, disputed };
  });
  return { paragraphs, delegations };
}
