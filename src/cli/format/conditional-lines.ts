import { ACTION_LABELS, describeMoment, describeProvision } from '../../consolidate/describe.js';
import type { CallClause, ConditionalChange, Measure, ProvenanceEntry } from '../../consolidate/types.js';
import { indent, wordingLines } from './consolidation-lines.js';

/** "met on 1994-09-29 (S/RES/944 (1994))": a user's record that a condition was fulfilled. */
function metWords(entry: ProvenanceEntry): string | undefined {
  const { met } = entry;
  if (!met) return undefined;
  const time = met.time ? ` ${met.time}${met.zone ? ` ${met.zone}` : ''}` : '';
  return `recorded as met on ${met.date}${time}${met.by ? ` (${met.by})` : ''}${met.note ? `: ${met.note}` : ''}`;
}

/** The conditions of a change that conditions hold back, one a line, verbatim. */
export function conditionLines(entry: ProvenanceEntry): string[] {
  const lines: string[] = [];
  if (entry.awaits !== undefined) lines.push(`waits for (never applied until recorded as met): ${entry.awaits}`);
  if (entry.condition !== undefined) lines.push(`condition (read as not met unless recorded as met): ${entry.condition}`);
  if (entry.after) lines.push(`takes hold ${entry.after.days} days after adoption`);
  const met = metWords(entry);
  if (met) lines.push(met);
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
export function conditionalLines(change: ConditionalChange): string[] {
  const acts = [...change.measures, ...change.committees.map((key) => `committee ${key}`)];
  return [
    `${change.status === 'pending' ? 'pending' : 'called off'}: ${change.entry.action} by ${describeProvision(change.entry.by)}`,
    ...indent(conditionLines(change.entry)),
    `  would act on: ${acts.join(', ') || 'nothing found in the files'}`,
  ];
}

/** A paragraph named as a measure whose words bind no one: a call. */
export function callLines(call: CallClause): string[] {
  const named = call.namedBy.filter((by) => by.documentKey !== call.by.documentKey || by.clauseId !== call.by.clauseId);
  return [`${describeProvision(call.by)}: a call ("${call.opening}"), not a measure${named.length ? `; named by ${named.map(describeProvision).join('; ')}` : ''}`, ...indent(wordingLines(call.wording))];
}
