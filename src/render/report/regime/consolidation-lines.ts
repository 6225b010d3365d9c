import { ACTION_LABELS, describeMeasures, describeMoment, describeProvision, describeWording } from '../../../consolidate/describe.js';
import type { Committee, Measure, ProvenanceEntry, Wording } from '../../../consolidate/types.js';
import type { ConditionMet } from '../../../model/document.js';
import { rankSource } from '../../../model/sources/rank-source.js';
import { rankSources } from '../../../model/sources/rank-sources.js';
import { reproducedBy, sourceWithRank } from '../../../model/sources/source-words.js';
import { currentRanking } from '../../../validate/sources/ranking-files.js';

/** Plain-text building blocks shared by `bluedraft regime` and `bluedraft impact`. */

export function indent(lines: string[], by = 2): string[] {
  return lines.map((line) => (line === '' ? line : `${' '.repeat(by)}${line}`));
}

/** "recorded as met on 1994-09-29 00:01 EST (S/RES/944 (1994))": a user's record that a condition was fulfilled. */
export function metWords(met: ConditionMet): string {
  const time = met.time ? ` ${met.time}${met.zone ? ` ${met.zone}` : ''}` : '';
  return `recorded as met on ${met.date}${time}${met.by ? ` (${met.by})` : ''}`;
}

/** "official wording: …", a subparagraph per line, then the sources of a summary, each with its rank, UN sources first. */
export function wordingLines(wording: Wording): string[] {
  const [first = '', ...rest] = wording.text.split('\n');
  const { ranking } = currentRanking();
  const copy = wording.kind === 'text' && wording.from !== undefined ? reproducedBy(rankSource(wording.from, ranking)) : undefined;
  const lines = [`${describeWording(wording)}${copy === undefined ? '' : ` ${copy}`}: ${first}`, ...indent(rest)];
  if (wording.kind === 'summary' && wording.sources.length > 0) lines.push(`  sources: ${rankSources(wording.sources, ranking).map(sourceWithRank).join('; ')}`);
  return lines;
}

/** "1993-06-23 00:01 EST  imposed by resolution 841 (1993), paragraph 3; unless …", then the acting words. */
export function provenanceLines(entry: ProvenanceEntry): string[] {
  const qualifiers = [
    entry.until !== undefined && entry.action !== 'expire' ? `until ${entry.until}` : undefined,
    entry.direction,
    entry.status ? `sources: ${entry.status}` : undefined,
    entry.inferred ? 'inferred by import, not yet confirmed' : undefined,
    entry.expired ? 'expired' : undefined,
  ].filter((q): q is string => q !== undefined);
  const head = `${describeMoment(entry.at)}  ${ACTION_LABELS[entry.action]} ${describeProvision(entry.by)}${qualifiers.length > 0 ? ` [${qualifiers.join(', ')}]` : ''}`;
  const lines = [head];
  if (entry.after) lines.push(`    takes hold ${entry.after.days} days after adoption`);
  if (entry.awaits !== undefined) lines.push(`    waited for (recorded as met): ${entry.awaits}`);
  // A review's condition is when the Council would look again; an effect's "unless" is read as not met unless recorded.
  if (entry.condition !== undefined) lines.push(`    condition${entry.action === 'review' ? '' : ' (read as not met unless recorded as met)'}: ${entry.condition}`);
  if (entry.met) lines.push(`    ${metWords(entry.met)}`);
  if (entry.note !== undefined) lines.push(`    note: ${entry.note}`);
  if (entry.wording && entry.action !== 'review') lines.push(...indent(wordingLines(entry.wording), 4));
  return lines;
}

/** "resolution 841 (1993), paragraph 8: asset freeze": a measure's first line in the terminal. */
export function measureHeadline(measure: Measure): string {
  return `${describeProvision(measure.provision)}: ${describeMeasures(measure)}${measure.heading ? ` (under the heading "${measure.heading}")` : ''}`;
}

/** A measure with its current wording, its provenance and what is already scheduled. */
export function measureLines(measure: Measure): string[] {
  const lines = [measureHeadline(measure), ...indent(wordingLines(measure.wording))];
  if (measure.partOf) lines.push(`  part of the measure ${measure.partOf}`);
  if (measure.replaces.length > 0) lines.push(`  takes the place of ${measure.replaces.join(', ')}`);
  if (measure.replacedBy) lines.push(`  replaced by ${measure.replacedBy}`);
  if (measure.until !== undefined) lines.push(`  ceases after ${measure.until}`);
  lines.push(...indent(measure.history.flatMap(provenanceLines)));
  for (const entry of measure.scheduled) lines.push(...indent(provenanceLines(entry).map((line, i) => (i === 0 ? `scheduled: ${line}` : line))));
  return lines;
}

export function committeeLines(committee: Committee): string[] {
  const lines = [`committee established by ${describeProvision(committee.establishedBy)}: ${committee.status}`];
  lines.push(...indent(committee.history.flatMap(provenanceLines)));
  for (const entry of committee.scheduled) lines.push(...indent(provenanceLines(entry).map((line, i) => (i === 0 ? `scheduled: ${line}` : line))));
  return lines;
}

/** A section heading with its count, then its entries: separated by blank lines, or one a line when `compact`. */
export function section(title: string, entries: string[][], compact = false): string[] {
  const head = `${title} (${entries.length})`;
  if (entries.length === 0) return [head, '  none', ''];
  if (compact) return [head, ...indent(entries.flat()), ''];
  return [head, ...entries.flatMap((entry) => [...indent(entry), ''])];
}
