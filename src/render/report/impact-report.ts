import type { Root } from 'mdast';
import type { ImpactReport } from '../../consolidate/types.js';
import { resolveAnchors } from './lib/anchors.js';
import { footer } from './lib/footer.js';
import { problemsSection } from './lib/problems.js';
import type { RedlineStyle } from './lib/redline.js';
import { actingSection } from './impact/acting-section.js';
import { categorySections } from './impact/category-sections.js';
import { collectiveSections } from './impact/collective-sections.js';
import { committeesSection } from './impact/committees-section.js';
import { heldChangesSection } from './impact/conditional-section.js';
import { impactContext } from './impact/context.js';
import { glanceSection } from './impact/glance.js';
import { headerSection } from './impact/header.js';
import { noEffectSection } from './impact/no-effect-section.js';
import { timelineSection } from './impact/timeline.js';
import { unchangedSection } from './impact/unchanged-section.js';
import { reviewSection } from './impact/watched-section.js';

export interface ImpactReportOptions {
  /** How deletions and insertions are marked: <del>/<ins> (default) or ~~…~~/**…**. */
  redline?: RedlineStyle;
}

/**
 * The Markdown report of what a draft would do to a sanctions regime, as a tree: what it would
 * terminate, suspend, loosen, tighten or add, each with the paragraph that imposed the measure
 * (or "paragraph not confirmed") and the draft paragraph acting on it; each effect on whole
 * resolutions once, with the measures it alone changes; a timeline; the draft's own acting
 * paragraphs, its changes held back by a condition, review clauses, and the paragraphs with no
 * effect, last. Everything comes from the assessment: the draft is not read again.
 */
export function impactReport(report: ImpactReport, options: ImpactReportOptions = {}): Root {
  const context = impactContext(report, options.redline ?? 'html');
  return resolveAnchors({
    type: 'root',
    children: [
      ...headerSection(context),
      ...glanceSection(context),
      ...timelineSection(context),
      ...categorySections(context),
      ...collectiveSections(context),
      ...actingSection(context),
      ...heldChangesSection(context),
      ...unchangedSection(context),
      ...committeesSection(context),
      ...reviewSection(context),
      ...noEffectSection(context),
      ...problemsSection(report.diagnostics),
      ...footer(),
    ],
  });
}
