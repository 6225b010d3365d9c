import { describeMeasures, describeProvision } from '../../../consolidate/describe.js';
import { redlineText } from '../lib/redline-text.js';
import type { ImpactComparison, ImpactDraft, ImpactSide } from '../../../negotiate/compare/impact-types.js';
import { asOfLine } from '../regime/regime-text.js';
import { counted } from '../lib/names.js';
import { impactSideWords, impactStandingCounts } from './impact-side-words.js';
import { standingWords } from './standing-words.js';

function sideLines(name: string, side: ImpactSide, colour: boolean): string[] {
  const lines = [`    ${name}: ${impactSideWords(side)}`];
  if (side.wording) lines.push(`      change of wording${colour ? '' : ' ([-deleted-]{+inserted+})'}: ${redlineText(side.wording.redline, colour)}`);
  return lines;
}

function addedLines(draft: ImpactDraft): string[] {
  if (draft.added.length === 0) return [];
  return ['', `Measures ${draft.name} would add:`, ...draft.added.map((m) => `    ${describeProvision(m.provision)}: ${describeMeasures(m)} (${m.after})`)];
}

/** Two drafts against the regime in force as plain text: counts, each measure either would change (conflicts first) with what each would do, then the measures each would add. */
export function formatCompareImpactsText(comparison: ImpactComparison, colour: boolean): string {
  const { a, b } = comparison;
  const names = { a: a.name, b: b.name };
  const lines = [
    `${a.name} and ${b.name} against the regime "${comparison.regime}" in force on ${asOfLine(comparison.asOf.text)}: ${impactStandingCounts(comparison)}`,
    `${a.name} would add ${counted(a.added.length, 'measure')}, ${b.name} ${counted(b.added.length, 'measure')}`,
  ];
  for (const draft of [a, b]) {
    if (draft.comparedAt.text !== comparison.asOf.text) lines.push(`${draft.name}'s last effect takes hold at ${draft.comparedAt.text}: its impact is compared then`);
  }
  for (const m of comparison.measures) {
    lines.push('', `${describeProvision(m.provision)}: ${describeMeasures(m)} (${m.before}): ${standingWords(m.standing, names)}`);
    if (m.standing === 'agreed') lines.push(...sideLines('both', m.a, colour));
    else lines.push(...sideLines(a.name, m.a, colour), ...sideLines(b.name, m.b, colour));
  }
  lines.push(...addedLines(a), ...addedLines(b));
  return `${lines.join('\n')}\n`;
}
