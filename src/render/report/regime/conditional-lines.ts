import { ACTION_LABELS, describeMoment, describeProvision } from '../../../consolidate/describe.js';
import type { CallClause, ConditionalChange, Measure, ProvenanceEntry } from '../../../consolidate/types.js';
import { sameProvision } from '../../../consolidate/same-provision.js';
import { indent, metWords, section, wordingLines } from './consolidation-lines.js';

/** The conditions of a change that conditions hold back, one a line, verbatim. */
function conditionLines(entry: ProvenanceEntry): string[] {
  const lines: string[] = [];
  if (entry.awaits !== undefined) lines.push(`waits for (never applied until recorded as met): ${entry.awaits}`);
  if (entry.condition !== undefined) lines.push(`condition (read as not met unless recorded as met): ${entry.condition}`);
  if (entry.after) lines.push(`takes hold ${entry.after.days} days after adoption`);
  if (entry.met) lines.push(`${metWords(entry.met)}${entry.met.note ? `: ${entry.met.note}` : ''}`);
  return lines;
}

/** "pending: terminated by resolution 1000 (2000), paragraph 2 (adopted 2000-01-01 (on adoption))", then its conditions. */
function heldLine(label: string, when: string, entry: ProvenanceEntry): string[] {
  return [`${label}: ${ACTION_LABELS[entry.action]} ${describeProvision(entry.by)} (${when} ${describeMoment(entry.at)})`, ...indent(conditionLines(entry), 4)];
}

/** The changes conditions hold back on one measure: pending on a condition precedent, or called off by an "unless". */
export function heldLines(measure: Pick<Measure, 'awaiting' | 'calledOff'>): string[] {
  return [...measure.awaiting.flatMap((entry) => heldLine('pending', 'adopted', entry)), ...measure.calledOff.flatMap((entry) => heldLine('called off', 'was to take hold', entry))];
}

/** One change that conditions hold back, with what it would act on. */
function conditionalLines(change: ConditionalChange): string[] {
  const acts = [...change.measures, ...change.committees.map((key) => `committee ${key}`)];
  return [
    `${change.status === 'pending' ? 'pending' : 'called off'}: ${change.entry.action} by ${describeProvision(change.entry.by)}`,
    ...indent(conditionLines(change.entry)),
    `  would act on: ${acts.join(', ') || 'nothing found in the files'}`,
  ];
}

/**
 * The changes conditions hold back, as sections: those pending on a condition precedent, then
 * those an "unless" recorded as met called off. Nothing where there are none, so that a regime
 * without conditions reads as before.
 */
export function conditionalSections(changes: readonly ConditionalChange[]): string[] {
  const pending = changes.filter((c) => c.status === 'pending');
  const calledOff = changes.filter((c) => c.status === 'called-off');
  return [
    ...(pending.length > 0 ? section('PENDING ON A CONDITION (NEVER APPLIED UNTIL RECORDED AS MET)', pending.map(conditionalLines)) : []),
    ...(calledOff.length > 0 ? section('CALLED OFF BY AN "UNLESS" RECORDED AS MET', calledOff.map(conditionalLines)) : []),
  ];
}

/** A paragraph named as a measure whose words bind no one: a call. */
export function callLines(call: CallClause): string[] {
  const named = call.namedBy.filter((by) => !sameProvision(by, call.by));
  return [`${describeProvision(call.by)}: a call ("${call.opening}"), not a measure${named.length ? `; named by ${named.map(describeProvision).join('; ')}` : ''}`, ...indent(wordingLines(call.wording))];
}
