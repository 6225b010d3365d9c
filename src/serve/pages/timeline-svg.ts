import type { Element } from 'hast';
import type { GanttBar } from '../../render/report/lib/mermaid-gantt.js';
import type { GanttChart } from './gantt-sections.js';
import { h } from './h.js';

const WIDTH = 1000;
const LABEL = 380;
const ROW = 20;
const DAY = 86_400_000;

function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

interface Scale {
  from: number;
  to: number;
}

function x(scale: Scale, iso: string): number {
  return LABEL + ((day(iso) - scale.from) / Math.max(scale.to - scale.from, 1)) * (WIDTH - LABEL - 20);
}

function barShape(bar: GanttBar, scale: Scale, y: number): Element {
  const title = h('title', {}, `${bar.name}: ${bar.start}${bar.end ? ` to ${bar.end}` : ''}`);
  const colour = bar.style === 'crit' ? '#b00020' : bar.style === 'done' ? '#8a939c' : '#2f6db3';
  if (bar.end === undefined) {
    const cx = x(scale, bar.start);
    const cy = y + ROW / 2;
    return h('polygon', { points: `${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`, fill: colour }, title);
  }
  const left = x(scale, bar.start);
  return h('rect', { x: left, y: y + 4, width: Math.max(x(scale, bar.end) - left, 2), height: ROW - 8, fill: colour, rx: 2 }, title);
}

/**
 * The regime's timeline drawn as an SVG picture (no script, nothing fetched): one line per
 * bar, grouped under its measure, bars for the time a measure was in force or suspended,
 * diamonds for single acts, red for what the draft would do. Each shape has its words as a title.
 */
export function timelineSvg(chart: GanttChart, id: string): Element {
  const bars = chart.sections.flatMap((section) => section.bars);
  const dates = bars.flatMap((bar) => [bar.start, ...(bar.end ? [bar.end] : [])]).sort();
  const scale = { from: day(dates[0] ?? '2000-01-01') - 30, to: day(dates.at(-1) ?? '2000-01-01') + 30 };
  const shapes: Element[] = [];
  let y = 30;
  for (const section of chart.sections) {
    shapes.push(h('text', { x: 4, y: y + 14, fontWeight: 'bold' }, section.name.length > 60 ? `${section.name.slice(0, 59)}…` : section.name));
    y += ROW;
    for (const bar of section.bars) {
      shapes.push(h('text', { x: 16, y: y + 14 }, bar.name.length > 56 ? `${bar.name.slice(0, 55)}…` : bar.name), barShape(bar, scale, y));
      y += ROW;
    }
  }
  const years: Element[] = [];
  const first = new Date(scale.from * DAY).getUTCFullYear() + 1;
  const last = new Date(scale.to * DAY).getUTCFullYear();
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  for (let year = first; year <= last; year += step) {
    const at = x(scale, `${year}-01-01`);
    years.push(h('line', { x1: at, x2: at, y1: 20, y2: y, stroke: '#d0d7de' }), h('text', { x: at + 2, y: 16 }, String(year)));
  }
  return h('svg', { className: ['timeline'], viewBox: `0 0 ${WIDTH} ${y + 10}`, role: 'img', ariaLabelledBy: `${id}-title` }, h('title', { id: `${id}-title` }, chart.title), years, shapes);
}
