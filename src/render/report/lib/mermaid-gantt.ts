/**
 * A Mermaid `gantt` chart, which GitHub draws from a ```mermaid block. Mermaid's gantt grammar
 * (gantt.jison) ends a task or section name at `:`, `;`, `#` or a line break, reads `#` and a
 * leading `%%` as the start of a comment, so names pass through `mermaidName`, which puts a
 * look-alike in place of each of those characters.
 */
import type { Code } from 'mdast';
import { code } from './mdast.js';

export interface GanttBar {
  /** Shown on the bar. Start it with a word of your own: Mermaid reads a name that starts with a keyword ("section", "click" …) as that keyword. */
  name: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD; absent for a milestone (a single day, drawn as a diamond). */
  end?: string;
  /** Mermaid's styles: `done` (grey), `active` (light), `crit` (red outline). */
  style?: 'done' | 'active' | 'crit';
}

export interface GanttSection {
  name: string;
  bars: GanttBar[];
}

/** The chart as data, before it is written as Mermaid: what the HTML reports draw (src/render/html). */
export interface GanttData {
  title: string;
  sections: GanttSection[];
}

declare module 'mdast' {
  interface CodeData {
    /** On a ```mermaid gantt block: the chart it draws, with its names as given (not Mermaid-safe look-alikes). */
    gantt?: GanttData;
  }
}

const LOOKALIKES: Record<string, string> = { ':': '\uA789', ';': ',', '#': '\uFF03', '%': '\uFF05' };

/** A name that Mermaid reads back exactly as shown, on one line. */
export function mermaidName(text: string): string {
  return text.replace(/[:;#%]/g, (character) => LOOKALIKES[character]!).replace(/\s+/g, ' ').trim();
}

/** Deterministic: no "today" line, so the same regime always gives the same chart text. */
export function ganttChart(title: string, sections: GanttSection[]): Code {
  const lines = ['gantt', `  title ${mermaidName(title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m', '  todayMarker off'];
  let id = 0;
  for (const section of sections) {
    lines.push(`  section ${mermaidName(section.name)}`);
    for (const bar of section.bars) {
      id++;
      const tags = [...(bar.end === undefined ? ['milestone'] : []), ...(bar.style ? [bar.style] : []), `bar${id}`];
      lines.push(`    ${mermaidName(bar.name)} :${[...tags, bar.start, bar.end ?? '0d'].join(', ')}`);
    }
  }
  return { ...code('mermaid', lines.join('\n')), data: { gantt: { title, sections } } };
}
