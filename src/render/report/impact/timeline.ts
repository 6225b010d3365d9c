import type { RootContent } from 'mdast';
import { collectiveName } from '../../../consolidate/collective.js';
import { heading, paragraph } from '../lib/mdast.js';
import { capitalise, counted, formatDate, regimeName } from '../lib/names.js';
import { draftEffectSection, measureTimeline, shortCitation } from '../regime/timeline.js';
import type { ImpactContext } from './context.js';
import { lastEffect } from './header.js';

/** A chart of when each measure the draft acts on was in force or suspended, with what the draft would do. */
export function timelineSection(context: ImpactContext): RootContent[] {
  const { report, noun, changed, collective } = context;
  if (changed.length === 0 && collective.length === 0) return [];
  const until = lastEffect(context)?.date ?? report.comparedAt.text.slice(0, 10);
  const options = { until, draftKey: report.draft.documentKey, draftLabel: capitalise(noun) };
  const extra = collective.map((effect) => draftEffectSection(`${collectiveName(effect)}, ${shortCitation(effect.entry.by)}, ${counted(effect.alone.length, 'measure')}`, effect.entry, options));
  const grouped = collective.length ? ` An effect on whole resolutions is drawn once, on a line of its own, not on each measure it reaches.` : '';
  return [
    heading(2, 'Timeline'),
    paragraph(`When each measure the ${noun} acts on was in force or suspended, up to ${formatDate(until)}; the red diamonds mark what the ${noun} would do.${grouped}`),
    measureTimeline(`${regimeName(report.regime)} sanctions and what the ${noun} would change`, changed.map((impact) => impact.measure), options, extra),
  ];
}
