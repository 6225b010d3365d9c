import type { Effect, Effective } from '../model/document.js';
import { metMoment, momentOf, startOfDay, statedDate, type TimedMoment } from './moment.js';

/**
 * How the conditions written on an effect hold it (docs/regime.md#conditions):
 * - `applies`: it takes hold at `timed` (its date, its delay after adoption, or, for a condition
 *   precedent recorded as met, the moment it was met);
 * - `pending`: it waits for a condition precedent (`awaits`) not recorded as met by the limit;
 * - `called-off`: an "unless" (`condition`) was recorded as met before it was to take hold.
 */
export type Hold = 'applies' | 'pending' | 'called-off';

/** A problem in what the file records about the effect's timing, located at `effective` (or `effective.met`). */
export interface TimingProblem {
  severity: 'warning' | 'error';
  code: string;
  message: string;
  hint: string;
  /** Where under the effect: ['effective'] or ['effective', 'met']. */
  at: string[];
}

export interface EffectTiming {
  hold: Hold;
  timed: TimedMoment;
  problems: TimingProblem[];
}

/** Which condition a recorded fulfilment is of: as the file says, else the condition precedent where there is one. */
function metOf(effective: Effective): 'awaits' | 'condition' | undefined {
  if (!effective.met) return undefined;
  return effective.met.of ?? (effective.awaits !== undefined ? 'awaits' : effective.condition !== undefined ? 'condition' : undefined);
}

function recordProblems(effective: Effective, documentDate: string): TimingProblem[] {
  const problems: TimingProblem[] = [];
  const of = metOf(effective);
  if (effective.met && (of === undefined || (of === 'awaits' && effective.awaits === undefined) || (of === 'condition' && effective.condition === undefined))) {
    problems.push({ severity: 'warning', code: 'met-without-condition', message: `\`met\` records that a condition${of ? ` (\`${of}\`)` : ''} was fulfilled, but the effect has no such condition, so the record is ignored`, hint: 'add the condition verbatim (`awaits` for "once …", `condition` for "unless …"), or remove `met`', at: ['effective', 'met'] });
  }
  if (effective.met && effective.met.of === undefined && effective.awaits !== undefined && effective.condition !== undefined) {
    problems.push({ severity: 'warning', code: 'ambiguous-met', message: 'the effect has both a condition precedent (`awaits`) and an "unless" (`condition`); `met` is read as recording the condition precedent', hint: 'say which was fulfilled: `met: { of: awaits }` or `met: { of: condition }`', at: ['effective', 'met'] });
  }
  if (effective.after && effective.date !== undefined && effective.date !== statedDate(effective, documentDate)) {
    problems.push({ severity: 'warning', code: 'after-and-date', message: `the effect takes hold ${effective.after.days} days after adoption (${statedDate(effective, documentDate)}) but also gives the date ${effective.date}; the delay the text states is used`, hint: 'keep `after` (as the text states it) and remove `date`, or correct one of them', at: ['effective'] });
  }
  if (effective.met && startOfDay(effective.met.date) < startOfDay(documentDate)) {
    problems.push({ severity: 'error', code: 'met-before-adoption', message: `the condition is recorded as met on ${effective.met.date}, before the document was adopted (${documentDate})`, hint: 'correct `met.date`', at: ['effective', 'met'] });
  }
  return problems;
}

/**
 * When, and whether, an effect takes hold as of the exclusive limit `limit` (an instant). A review
 * has no legal effect, so conditions never hold it back. A condition precedent recorded as met
 * later than the limit was not known then: the effect is still pending.
 */
export function effectTiming(effect: Effect, documentDate: string, limit: number): EffectTiming {
  const effective = effect.effective ?? {};
  const timed = momentOf(effect.effective, documentDate);
  const problems = recordProblems(effective, documentDate);
  if (effect.action === 'review') return { hold: 'applies', timed, problems };
  const of = metOf(effective);
  const met = effective.met && startOfDay(effective.met.date) >= startOfDay(documentDate) ? metMoment(effective.met) : undefined;
  if (effective.awaits !== undefined) {
    if (of !== 'awaits' || !met || met.instant >= limit) return { hold: 'pending', timed, problems };
    // Met before the delay the text states has run: it takes hold when the delay runs out.
    return { hold: 'applies', timed: met.instant >= timed.instant ? met : timed, problems };
  }
  if (effective.condition !== undefined && of === 'condition' && met) {
    if (met.instant <= timed.instant) return { hold: met.instant < limit ? 'called-off' : 'applies', timed, problems };
    problems.push({ severity: 'warning', code: 'condition-met-late', message: `the "unless" is recorded as met on ${effective.met!.date}, after the effect took hold (${timed.moment.date}), so it does not call it off`, hint: 'check `met.date`; an effect that has taken hold is ended by a later decision, not by its "unless"', at: ['effective', 'met'] });
  }
  return { hold: 'applies', timed, problems };
}
