import type { Root, RootContent } from 'mdast';
import { describeMeasures, describeProvision } from '../../consolidate/describe.js';
import type { ImpactComparison, ImpactDraft, ImpactSide, RegimeMeasureStanding } from '../../negotiate/compare/impact-types.js';
import { footer } from './lib/footer.js';
import { bulletList, heading, paragraph, strong, table, type Phrasing } from './lib/mdast.js';
import { formatMoment, regimeName } from './lib/names.js';
import { redlinePhrasing, type RedlineStyle } from './lib/redline.js';
import { impactSideWords, impactStandingCounts } from './merge/impact-side-words.js';
import { standingWords } from './merge/standing-words.js';

function sideItem(name: string, side: ImpactSide, style: RedlineStyle): Phrasing[] {
  const words: Phrasing[] = [strong(name), `: ${impactSideWords(side)}`];
  return side.wording ? [...words, '; change of wording: ', ...redlinePhrasing(side.wording.redline, style)] : words;
}

function measureSection(m: RegimeMeasureStanding, names: { a: string; b: string }, style: RedlineStyle): RootContent[] {
  const items = m.standing === 'agreed' ? [sideItem('Both', m.a, style)] : [sideItem(names.a, m.a, style), sideItem(names.b, m.b, style)];
  return [heading(3, `${describeProvision(m.provision)}: ${describeMeasures(m)} (${m.before}): ${standingWords(m.standing, names)}`), bulletList(items)];
}

function addedSection(draft: ImpactDraft): RootContent[] {
  if (draft.added.length === 0) return [];
  return [heading(2, `Measures ${draft.name} would add`), table([['Paragraph'], ['Measure'], ['Status']], draft.added.map((m) => [[describeProvision(m.provision)], [describeMeasures(m)], [m.after]]))];
}

/**
 * The Markdown report of two competing drafts against the regime in force, as a tree: the
 * counts, each measure either draft would change (conflicts first) with what each would do to
 * it, and the measures each would add.
 */
export function compareImpactsReport(comparison: ImpactComparison, options: { redline?: RedlineStyle } = {}): Root {
  const names = { a: comparison.a.name, b: comparison.b.name };
  const style = options.redline ?? 'html';
  const later = [comparison.a, comparison.b].filter((d) => d.comparedAt.text !== comparison.asOf.text).map((d) => paragraph(`${d.name}'s last effect takes hold at ${formatMoment(d.comparedAt.text)}: its impact is compared then.`));
  return {
    type: 'root',
    children: [
      heading(1, `${names.a} and ${names.b} against the ${regimeName(comparison.regime)} regime in force on ${formatMoment(comparison.asOf.text)}`),
      paragraph(strong('Summary:'), ` ${impactStandingCounts(comparison)}; ${names.a} would add ${comparison.a.added.length}, ${names.b} ${comparison.b.added.length}.`),
      ...later,
      ...(comparison.measures.length > 0 ? [heading(2, 'Measures'), ...comparison.measures.flatMap((m) => measureSection(m, names, style))] : []),
      ...addedSection(comparison.a),
      ...addedSection(comparison.b),
      ...footer(),
    ],
  };
}
