import { redlineText } from '../lib/redline-text.js';
import type { DraftComparison, DraftSide } from '../../../negotiate/compare/types.js';
import { standingCounts, standingPlace, standingWords } from './standing-words.js';

function sideLine(name: string, side: DraftSide | undefined, colour: boolean): string {
  if (!side) return `    ${name}: unchanged`;
  const what = side.touches.join(', ');
  if (side.redline) return `    ${name}: ${what}: ${redlineText(side.redline, colour)}`;
  if (side.text) return `    ${name}: ${what}: ${side.text.join(' / ')}`;
  return `    ${name}: ${what}`;
}

/** Two drafts against their base as plain text: counts, each paragraph either touched (conflicts first) with what each draft does, then each measure either changes. */
export function formatCompareText(comparison: DraftComparison, colour: boolean): string {
  const names = { a: comparison.a.name, b: comparison.b.name };
  const lines = [`${names.a} and ${names.b} against the base: ${standingCounts(comparison)}`];
  for (const p of comparison.paragraphs) {
    lines.push('', `${standingPlace(p)}: ${standingWords(p.standing, names)}`);
    if (p.standing === 'agreed') lines.push(sideLine('both', p.a, colour));
    else lines.push(sideLine(names.a, p.a, colour), sideLine(names.b, p.b, colour));
  }
  if (comparison.measures.length > 0) {
    lines.push('', 'Measures:');
    for (const m of comparison.measures) {
      lines.push(`  ${m.measure}:`);
      for (const [who, list] of [['base', m.base], [names.a, m.a], [names.b, m.b]] as const) lines.push(`    ${who}: ${list.length > 0 ? list.join('; ') : 'nothing'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
