import { describeMeasures, describeProvision } from '../../../consolidate/describe.js';
import { collectiveName, collectiveReach, impactSummary, type CollectiveEffect } from '../../../consolidate/collective.js';
import type { ImpactCategory, ImpactReport, MeasureImpact } from '../../../consolidate/types.js';
import { counted } from '../lib/names.js';
import { asOfLine } from '../regime/regime-text.js';
import { redlineText } from '../lib/redline-text.js';
import { conditionalSections } from '../regime/conditional-lines.js';
import { committeeLines, indent, measureHeadline, provenanceLines, section, wordingLines } from '../regime/consolidation-lines.js';

const TITLES: Record<ImpactCategory, string> = {
  terminated: 'WOULD TERMINATE',
  suspended: 'WOULD SUSPEND',
  reinstated: 'WOULD REINSTATE (END A SUSPENSION)',
  loosened: 'WOULD LOOSEN (EXEMPTIONS, HIGHER CAPS, LATER DEADLINES)',
  tightened: 'WOULD TIGHTEN',
  amended: 'WOULD AMEND (DIRECTION NOT STATED IN THE FILES)',
  added: 'WOULD ADD',
  unchanged: 'UNCHANGED',
};

function oneLine(impact: MeasureImpact): string {
  return `${describeProvision(impact.measure.provision)}: ${describeMeasures(impact.measure)} (${impact.after})`;
}

function impactLines(impact: MeasureImpact, colour: boolean): string[] {
  const lines = [measureHeadline(impact.measure)];
  lines.push(`  status: ${impact.before === impact.after ? impact.after : `${impact.before ?? 'not in the regime'} -> ${impact.after}`}`);
  lines.push(`  imposed by: ${impact.imposedBy.map(describeProvision).join('; ')}`);
  lines.push(...indent(wordingLines(impact.measure.wording)));
  for (const change of impact.changes) lines.push(...indent(provenanceLines(change)));
  if (impact.replacedBy) lines.push(`  replaced by ${impact.replacedBy}`);
  if (impact.wording) lines.push(`  change of wording${colour ? '' : ' ([-deleted-]{+inserted+})'}:`, ...indent(redlineText(impact.wording.redline, colour).split('\n'), 4));
  return lines;
}

/** A draft effect on whole resolutions: stated once, then the measures it alone changes, one a line. */
function collectiveLines(effect: CollectiveEffect): string[] {
  const lines = [...provenanceLines(effect.entry), `reaches ${collectiveReach(effect)}`];
  if (effect.alsoReaches.length > 0) lines.push(`also reaches, with changes of their own listed above: ${effect.alsoReaches.map((m) => describeProvision(m.measure.provision)).join('; ')}`);
  lines.push(`the ${counted(effect.alone.length, 'measure')} it alone changes:`, ...indent(effect.alone.map(oneLine)));
  return lines;
}

/** What a draft would do to the regime, measure by measure, as plain text. */
export function formatImpactText(report: ImpactReport, colour: boolean): string {
  const { draft } = report;
  const { individual, collective } = report.grouped;
  const lines = [
    `Impact of the ${draft.document}${draft.title ? ` ("${draft.title}")` : ''} on the regime "${report.regime}"`,
    `Assessed as if adopted on ${asOfLine(report.asOf.text)}${report.comparedAt.text === report.asOf.text ? '' : `; its last effect takes hold at ${report.comparedAt.text}, so both states are compared then`}`,
    `Summary: ${impactSummary(report, { zeros: true }).join(', ')}`,
    '',
  ];
  // Only what the draft would change is spelt out; the summary line gives every count. An effect
  // on whole resolutions is stated once, after the measures of its category the draft names.
  for (const category of Object.keys(TITLES) as ImpactCategory[]) {
    const impacts = individual.filter((m) => m.category === category);
    if (category === 'unchanged') {
      if (impacts.length > 0) lines.push(...section(TITLES[category], impacts.map((impact) => [oneLine(impact)]), true));
      continue;
    }
    if (impacts.length > 0) lines.push(...section(TITLES[category], impacts.map((impact) => impactLines(impact, colour))));
    for (const effect of collective.filter((c) => c.category === category)) {
      lines.push(`${TITLES[category]}: ${collectiveName(effect).toUpperCase()} (${effect.alone.length})`, ...indent(collectiveLines(effect)), '');
    }
  }
  // The draft's changes that a condition holds back: never applied, so they change no measure above.
  lines.push(...conditionalSections(report.conditional));
  const committees = report.committees.filter((c) => c.changes.length > 0);
  if (committees.length > 0) lines.push(...section('COMMITTEES THE DRAFT ACTS ON', committees.map((c) => committeeLines(c.committee))));
  if (report.watched.length > 0) lines.push(...section('WATCHED: REVIEW CLAUSES, NO LEGAL EFFECT YET', report.watched.map((w) => [`${describeProvision(w.by)}, concerning ${w.measures.length > 5 ? `${w.measures.length} measures` : w.measures.join(', ') || 'no measure found'}`, ...indent(wordingLines(w.wording))])));
  lines.push(...section('NO EFFECT ON THE REGIME', report.noEffect.map((n) => [describeProvision(n.by), ...indent(wordingLines(n.wording))])));
  return `${lines.join('\n').trimEnd()}\n`;
}
