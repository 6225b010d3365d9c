import type { Root, RootContent } from 'mdast';
import { describeProvision } from '../../consolidate/describe.js';
import type { MeasureStatus, RegimeState } from '../../consolidate/types.js';
import { MEASURE_STATUSES } from '../../consolidate/types.js';
import { linkTo, resolveAnchors } from './lib/anchors.js';
import { footer } from './lib/footer.js';
import { measureNames } from './lib/measure-names.js';
import { blockquote, bulletList, emphasis, heading, paragraph, strong, table, type Phrasing } from './lib/mdast.js';
import { capitalise, counted, formatDate, formatMoment, regimeName } from './lib/names.js';
import { problemsSection } from './lib/problems.js';
import { committeeSection, measureKey, measureSection, STATUS_WORDS } from './regime/measure-section.js';
import { momentWords } from './regime/provenance.js';
import { measureTimeline } from './regime/timeline.js';
import { watchedSection } from './regime/watched.js';
import { callsSection } from './regime/calls-section.js';
import { conditionalSections } from './regime/conditional-section.js';

const STATUS_TITLES: Record<MeasureStatus, string> = {
  'in-force': 'In force',
  suspended: 'Suspended',
  terminated: 'Terminated',
  pending: 'Adopted, not yet in force',
};

function header(state: RegimeState): RootContent[] {
  const regime = regimeName(state.regime);
  const applied = state.documents.filter((d) => d.included);
  const later = state.documents.filter((d) => !d.included);
  const details: Phrasing[][] = [[strong('Resolutions applied:'), ` ${applied.map((d) => `${d.resolution ?? d.document} of ${formatDate(d.date)}`).join('; ') || 'none'}.`]];
  if (later.length) details.push([strong('Adopted after that date, not applied:'), ` ${later.map((d) => `${d.resolution ?? d.document} of ${formatDate(d.date)}`).join('; ')}.`]);
  const counts = MEASURE_STATUSES.map((status) => [status, state.measures.filter((m) => m.status === status).length] as const)
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${n} ${STATUS_WORDS[status]}`);
  const extra = [state.committees.length ? counted(state.committees.length, 'committee') : '', state.watched.length ? counted(state.watched.length, 'review clause') : ''].filter(Boolean);
  const blocks: RootContent[] = [
    heading(1, `The ${regime} sanctions regime as of ${formatMoment(state.asOf.text)}`),
    paragraph(`Every measure the ${regime} resolutions imposed, with what later resolutions did to it, applied in the order the effects take hold, up to the end of ${formatMoment(state.asOf.text)}. An “unless the Secretary-General reports …” is read as not met unless the files record that it was; a change that waits for a later act or finding of the Council or the Secretary-General is listed as pending and never applied until the files record it met.`),
    bulletList(details),
    paragraph(strong('Summary:'), ` ${counts.length ? capitalise(counts.join(', ')) : 'no measure'}${extra.length ? `; ${extra.join(', ')}` : ''}.`),
  ];
  if ([...state.measures.map((m) => m.wording), ...state.watched.map((w) => w.wording)].some((wording) => wording.kind === 'summary')) {
    blocks.push(blockquote(paragraph(strong('Summaries are marked.'), ' Where the official text is not available, the files hold an editorial summary of the cited sources instead. Such passages are labelled ', emphasis('summary, not the Council’s words'), ' and list their sources.')));
  }
  return blocks;
}

function glance(state: RegimeState): RootContent[] {
  if (state.measures.length === 0) return [];
  const rows = state.measures.map((measure): Phrasing[][] => [
    [linkTo(measureKey(measure.key), capitalise(measureNames(measure)))],
    [describeProvision(measure.provision)],
    [STATUS_WORDS[measure.status]],
    [measure.since ? momentWords(measure.since) : '—'],
  ]);
  return [heading(2, 'At a glance'), table([['Measure'], ['Held in'], ['Status'], ['Since']], rows)];
}

/**
 * The Markdown report of a consolidated regime, as a tree: every measure by status with its
 * wording (official, or marked as a summary) and its provenance, a timeline of the regime, its
 * committees and the clauses that foresee a review.
 */
export function regimeReport(state: RegimeState): Root {
  const until = /^\d{4}-\d{2}-\d{2}/.exec(state.asOf.text)?.[0] ?? state.asOf.utc.slice(0, 10);
  const sectioned = new Set(state.measures.map((measure) => measure.key));
  const children: RootContent[] = [...header(state), ...glance(state)];
  if (state.measures.length) {
    children.push(
      heading(2, 'Timeline'),
      paragraph(`When each measure was in force or suspended, and when it ended, up to ${formatDate(until)}.`),
      measureTimeline(`${regimeName(state.regime)} sanctions regime`, state.measures, { until }),
    );
  }
  for (const status of MEASURE_STATUSES) {
    const measures = state.measures.filter((measure) => measure.status === status);
    if (measures.length) children.push(heading(2, `${STATUS_TITLES[status]} (${measures.length})`), ...measures.flatMap((measure) => measureSection(measure, 3)));
  }
  children.push(...conditionalSections(state.conditional, sectioned), ...callsSection(state.calls));
  if (state.committees.length) children.push(heading(2, 'Committees'), ...state.committees.flatMap((committee) => committeeSection(committee, 3)));
  if (state.watched.length) {
    children.push(heading(2, 'Review clauses'), paragraph('No legal effect by themselves, but watched: they announce a readiness to review, adjust or lift measures.'), ...state.watched.flatMap((clause) => watchedSection(clause, state.measures, sectioned)));
  }
  children.push(...problemsSection(state.diagnostics), ...footer());
  return resolveAnchors({ type: 'root', children });
}
