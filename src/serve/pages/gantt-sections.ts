import type { GanttBar, GanttSection } from '../../render/report/lib/mermaid-gantt.js';

export interface GanttChart {
  title: string;
  sections: GanttSection[];
}

const BAR = /^ {4}(.*) :(?:(milestone), )?(?:(done|active|crit), )?bar\d+, (\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2}|0d)$/;

/**
 * The sections and bars of a chart that `ganttChart` wrote (the reports' timeline), read back
 * so the page can draw it itself instead of loading Mermaid. Lines of any other shape are skipped.
 */
export function readGantt(source: string): GanttChart {
  const chart: GanttChart = { title: '', sections: [] };
  for (const line of source.split('\n')) {
    if (line.startsWith('  title ')) chart.title = line.slice('  title '.length);
    else if (line.startsWith('  section ')) chart.sections.push({ name: line.slice('  section '.length), bars: [] });
    else {
      const match = BAR.exec(line);
      const section = chart.sections.at(-1);
      if (!match || !section) continue;
      const [, name = '', milestone, style, start = '', end = ''] = match;
      const bar: GanttBar = { name, start, ...(milestone ? {} : { end }), ...(style ? { style: style as GanttBar['style'] } : {}) };
      section.bars.push(bar);
    }
  }
  return chart;
}
