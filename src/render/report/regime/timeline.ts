import { measureNames } from '../lib/measure-names.js';
import type { Measure, ProvenanceEntry, ProvisionCitation } from '../../../consolidate/types.js';
import { sameProvision } from '../../../consolidate/same-provision.js';
import type { Code } from 'mdast';
import { ganttChart, type GanttBar, type GanttSection } from '../lib/mermaid-gantt.js';

/** "841 (1993) para 5", "2371 (2017) para not confirmed", "draft para not confirmed": short enough for a chart. */
export function shortCitation(citation: ProvisionCitation): string {
  return `${citation.resolution ?? 'draft'} para ${citation.paragraph ?? 'not confirmed'}`;
}

const DRAFT_VERBS: Partial<Record<ProvenanceEntry['action'], string>> = {
  impose: 'impose',
  extend: 'extend',
  amend: 'amend',
  replace: 'replace',
  suspend: 'suspend',
  reinstate: 'end the suspension',
  terminate: 'terminate',
  exempt: 'make an exemption',
};

const EVENT_NAMES: Partial<Record<ProvenanceEntry['action'], string>> = { exempt: 'Exemption', amend: 'Amended', extend: 'Extended', terminate: 'Terminated', expire: 'Expired', replace: 'Replaced' };

export interface TimelineOptions {
  /** The last day drawn: the as-of date, or the day the draft is assessed on. */
  until: string;
  /** The document key of the draft, whose effects are drawn as what it would do. */
  draftKey?: string;
  /** How the chart names it: "Draft", or "Resolution" for a resolution assessed as if not yet adopted. */
  draftLabel?: string;
}

/** Bars for the periods in force and suspended, diamonds for one-day events, red for the draft. */
function bars(measure: Measure, options: TimelineOptions): GanttBar[] {
  const result: GanttBar[] = [];
  const draft: GanttBar[] = [];
  let open: { name: string; start: string; style: GanttBar['style'] } | undefined;
  let imposed = false;
  const close = (date: string) => {
    if (open && open.start < date) result.push({ name: open.name, start: open.start, end: date, ...(open.style && { style: open.style }) });
    open = undefined;
  };
  for (const entry of measure.history) {
    const date = entry.at.date;
    const by = shortCitation(entry.by);
    if (entry.by.documentKey === options.draftKey) {
      const verb = DRAFT_VERBS[entry.action];
      if (verb) draft.push({ name: `${options.draftLabel ?? 'Draft'} would ${verb}`, start: date, style: 'crit' });
      continue;
    }
    // A replacing clause's own `replace` entry is where it starts; on the replaced measure, where it ends.
    const starts = entry.action === 'impose' || (entry.action === 'replace' && sameProvision(entry.by, measure.provision));
    if (starts && !open) {
      open = { name: `${imposed ? 'In force again' : 'In force'}, ${by}`, start: date, style: 'active' };
      imposed = true;
    } else if (entry.action === 'suspend') {
      close(date);
      open = { name: `Suspended, ${by}`, start: date, style: 'done' };
    } else if (entry.action === 'reinstate') {
      close(date);
      open = { name: `In force again, ${by}`, start: date, style: 'active' };
    } else if (entry.action === 'terminate' || entry.action === 'expire' || entry.action === 'replace') {
      close(date);
      result.push({ name: `${EVENT_NAMES[entry.action]}, ${by}`, start: date });
    } else if (EVENT_NAMES[entry.action]) {
      result.push({ name: `${EVENT_NAMES[entry.action]}, ${by}`, start: date });
    }
  }
  close(options.until);
  return [...result.sort((a, b) => a.start.localeCompare(b.start)), ...draft];
}

/** One line for an effect of the draft drawn once rather than on each measure it reaches (an exemption from a whole regime). */
export function draftEffectSection(name: string, entry: ProvenanceEntry, options: TimelineOptions): GanttSection {
  return { name, bars: [{ name: `${options.draftLabel ?? 'Draft'} would ${DRAFT_VERBS[entry.action] ?? entry.action}`, start: entry.at.date, style: 'crit' }] };
}

/**
 * The life of each measure as a Mermaid gantt chart, which GitHub draws: when it was imposed,
 * suspended, reinstated or ended, and what the draft would do to it; then any `extra` lines.
 */
export function measureTimeline(title: string, measures: readonly Measure[], options: TimelineOptions, extra: readonly GanttSection[] = []): Code {
  const sections: GanttSection[] = measures
    .map((measure) => ({ name: `${measureNames(measure)}, ${shortCitation(measure.provision)}`, bars: bars(measure, options) }))
    .filter((section) => section.bars.length > 0);
  return ganttChart(title, [...sections, ...extra]);
}
