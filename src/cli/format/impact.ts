import { describeMeasures, describeProvision } from '../../consolidate/describe.js';
import type { ImpactCategory, ImpactReport, MeasureImpact } from '../../consolidate/types.js';
import { asOfLine } from './regime.js';
import { redlineText } from './redline-text.js';
import { committeeLines, indent, measureTitle, provenanceLines, section, wordingLines } from './consolidation-lines.js';

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

function impactLines(impact: MeasureImpact, colour: boolean): string[] {
  const lines = [measureTitle(impact.measure)];
  lines.push(`  status: ${impact.before === impact.after ? impact.after : `${impact.before ?? 'not in the regime'} -> ${impact.after}`}`);
  lines.push(`  imposed by: ${impact.imposedBy.map(describeProvision).join('; ')}`);
  lines.push(...indent(wordingLines(impact.measure.wording)));
  for (const change of impact.changes) lines.push(...indent(provenanceLines(change)));
  if (impact.replacedBy) lines.push(`  replaced by ${impact.replacedBy}`);
  if (impact.wording) lines.push(`  change of wording${colour ? '' : ' ([-deleted-]{+inserted+})'}:`, ...indent(redlineText(impact.wording.redline, colour).split('\n'), 4));
  return lines;
}

/** What a draft would do to the regime, measure by measure, as plain text. */
export function formatImpactText(report: ImpactReport, colour: boolean): string {
  const { draft, summary } = report;
  const lines = [
    `Impact of the ${draft.document}${draft.title ? ` ("${draft.title}")` : ''} on the regime "${report.regime}"`,
    `Assessed as if adopted on ${asOfLine(report.asOf.text)}${report.comparedAt.text === report.asOf.text ? '' : `; its last effect takes hold at ${report.comparedAt.text}, so both states are compared then`}`,
    `Summary: ${(Object.keys(TITLES) as ImpactCategory[]).map((c) => `${summary[c]} ${c}`).join(', ')}`,
    '',
  ];
  // Only what the draft would change is spelt out; the summary line gives every count. Measures
  // that only a draft effect on whole resolutions reaches are listed one a line after the effect.
  for (const category of Object.keys(TITLES) as ImpactCategory[]) {
    const impacts = report.measures.filter((m) => m.category === category);
    if (impacts.length === 0) continue;
    const oneLine = (m: MeasureImpact) => [`${describeProvision(m.measure.provision)}: ${describeMeasures(m.measure)} (${m.after})`];
    if (category === 'unchanged') {
      lines.push(...section(TITLES[category], impacts.map(oneLine), true));
      continue;
    }
    const collective = impacts.filter((m) => m.changes.length > 0 && m.changes.every((c) => c.collective));
    lines.push(`${TITLES[category]} (${impacts.length})`);
    for (const impact of impacts.filter((m) => !collective.includes(m))) lines.push(...indent(impactLines(impact, colour)), '');
    if (collective.length > 0) {
      const effects = collective.flatMap((m) => m.changes).filter((c, i, all) => all.findIndex((o) => o.by.clauseId === c.by.clauseId && o.action === c.action) === i);
      lines.push(`  by the draft's effects on whole resolutions alone (${collective.length}):`, ...indent(effects.flatMap(provenanceLines), 4), ...indent(collective.flatMap(oneLine), 4), '');
    }
  }
  const committees = report.committees.filter((c) => c.changes.length > 0);
  if (committees.length > 0) lines.push(...section('COMMITTEES THE DRAFT ACTS ON', committees.map((c) => committeeLines(c.committee))));
  if (report.watched.length > 0) lines.push(...section('WATCHED: REVIEW CLAUSES, NO LEGAL EFFECT YET', report.watched.map((w) => [`${describeProvision(w.by)}, concerning ${w.measures.length > 5 ? `${w.measures.length} measures` : w.measures.join(', ') || 'no measure found'}`, ...indent(wordingLines(w.wording))])));
  lines.push(...section('NO EFFECT ON THE REGIME', report.noEffect.map((n) => [describeProvision(n.by), ...indent(wordingLines(n.wording))])));
  return `${lines.join('\n').trimEnd()}\n`;
}
