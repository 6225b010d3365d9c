import type { Root, RootContent } from 'mdast';
import type { DraftComparison, DraftSide, ParagraphStanding } from '../../negotiate/compare/types.js';
import { footer } from './lib/footer.js';
import { bulletList, heading, paragraph, strong, table, type Phrasing } from './lib/mdast.js';
import { redlinePhrasing, type RedlineStyle } from './lib/redline.js';
import { standingCounts, standingPlace, standingWords } from './merge/standing-words.js';

function sideItem(name: string, side: DraftSide | undefined, style: RedlineStyle): Phrasing[] {
  if (!side) return [strong(name), ': unchanged'];
  const what = side.touches.join(', ');
  if (side.redline) return [strong(name), `: ${what}: `, ...redlinePhrasing(side.redline, style)];
  return [strong(name), `: ${what}`, ...(side.text ? [`: ${side.text.join(' / ')}`] : [])];
}

function paragraphSection(p: ParagraphStanding, names: { a: string; b: string }, style: RedlineStyle): RootContent[] {
  const items = p.standing === 'agreed' ? [sideItem('Both', p.a, style)] : [sideItem(names.a, p.a, style), sideItem(names.b, p.b, style)];
  return [heading(3, `${standingPlace(p)}: ${standingWords(p.standing, names)}`), bulletList(items)];
}

/**
 * The Markdown report of two competing drafts against their base, as a tree: the counts, each
 * paragraph either draft touched (conflicts first) with what each does to it, and a table of
 * what the base and each draft do to each measure either changes.
 */
export function compareReport(comparison: DraftComparison, options: { redline?: RedlineStyle } = {}): Root {
  const names = { a: comparison.a.name, b: comparison.b.name };
  const style = options.redline ?? 'html';
  return {
    type: 'root',
    children: [
      heading(1, `${names.a} and ${names.b} against their base`),
      paragraph(strong('Summary:'), ` ${standingCounts(comparison)}.`),
      ...(comparison.paragraphs.length > 0 ? [heading(2, 'Paragraphs'), ...comparison.paragraphs.flatMap((p) => paragraphSection(p, names, style))] : []),
      ...(comparison.measures.length > 0 ? [heading(2, 'Measures'), table([['Measure'], ['Base'], [names.a], [names.b]], comparison.measures.map((m) => [[m.measure], [m.base.join('; ') || '—'], [m.a.join('; ') || '—'], [m.b.join('; ') || '—']]))] : []),
      ...footer(),
    ],
  };
}
