/**
 * A report's timeline (the data of its Mermaid gantt chart) drawn as inline SVG, for the HTML
 * reports: no Mermaid, no script, nothing fetched. Each measure is a heading line with its
 * periods below it, one a row, on a time axis marked in years; milestones are diamonds, the
 * draft's own acts red diamonds outlined in black. The fills are attributes, not CSS, and the
 * suspended periods are hatched, so the chart reads the same on screen, in print and in black
 * and white, and under a Content-Security-Policy that forbids inline styles. Under the figure, the
 * same rows as a table, for screen readers and for copying (left out of print).
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { GanttBar, GanttData } from '../report/lib/mermaid-gantt.js';
import { h, type Child } from './hast.js';

const WIDTH = 960;
const ROW = 22;
const AXIS = 28;
const LEGEND = 30;
const FONT = 12;
/** Average advance of a character at FONT, to decide on which side of a bar its label fits. */
const CHAR = 6.6;
const DAY = 86_400_000;

const STYLE: Record<NonNullable<GanttBar['style']> | 'plain', { fill: string; stroke: string }> = {
  active: { fill: '#2f5f98', stroke: '#1b3a5e' },
  done: { fill: 'hatch', stroke: '#444444' },
  crit: { fill: '#c62828', stroke: '#000000' },
  plain: { fill: '#555555', stroke: '#222222' },
};

const LABELS: Record<NonNullable<GanttBar['style']> | 'plain', string> = {
  active: 'in force',
  done: 'suspended',
  crit: 'what the draft would do',
  plain: 'event',
};

/** An SVG element: its attributes are numbers and words, written as strings. */
function svg(tagName: string, attributes: Record<string, string | number>, children: readonly Child[] = []): Element {
  const properties = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, String(value)]));
  return h(tagName, properties as Properties, children);
}

function days(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY;
}

interface Scale {
  from: number;
  to: number;
  left: number;
  right: number;
}

function scaleFor(data: GanttData): Scale {
  const dates = data.sections.flatMap((section) => section.bars.flatMap((bar) => [bar.start, ...(bar.end === undefined ? [] : [bar.end])])).map(days);
  let from = Math.min(...dates);
  let to = Math.max(...dates);
  // A margin of a twentieth of the span (at least a month) keeps diamonds at the ends inside.
  const margin = Math.max(30, (to - from) / 20);
  from -= margin;
  to += margin;
  return { from, to, left: 8, right: WIDTH - 8 };
}

function x(scale: Scale, date: string): number {
  return Math.round((scale.left + ((days(date) - scale.from) / (scale.to - scale.from)) * (scale.right - scale.left)) * 10) / 10;
}

interface Tick {
  date: string;
  label: string;
}

/**
 * The marks on the axis: years (every 1, 2, 5, 10 … so that at most a dozen stand), or, for a
 * chart spanning less than about two years, months (every 1, 2, 3 or 6) as YYYY-MM.
 */
function ticks(scale: Scale): Tick[] {
  const from = new Date(scale.from * DAY);
  const to = new Date(scale.to * DAY);
  const firstYear = from.getUTCFullYear() + 1;
  const lastYear = to.getUTCFullYear();
  if (lastYear - firstYear >= 1) {
    const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => (lastYear - firstYear) / s <= 12) ?? 100;
    const years: Tick[] = [];
    for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) years.push({ date: `${year}-01-01`, label: String(year) });
    return years;
  }
  const firstMonth = from.getUTCFullYear() * 12 + from.getUTCMonth() + 1;
  const lastMonth = to.getUTCFullYear() * 12 + to.getUTCMonth();
  const step = [1, 2, 3, 6].find((s) => (lastMonth - firstMonth) / s <= 12) ?? 12;
  const months: Tick[] = [];
  for (let month = Math.ceil(firstMonth / step) * step; month <= lastMonth; month += step) {
    const label = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    months.push({ date: `${label}-01`, label });
  }
  return months;
}

function svgText(value: string, attributes: Record<string, string | number>): Element {
  return svg('text', { fontSize: FONT, fill: '#111111', ...attributes }, [value]);
}

function axis(scale: Scale, height: number): ElementContent[] {
  return ticks(scale).flatMap((tick) => {
    const at = x(scale, tick.date);
    return [svg('line', { x1: at, x2: at, y1: AXIS - 6, y2: height - LEGEND, stroke: '#bbbbbb', strokeWidth: 1, strokeDasharray: '2 3' }), svgText(tick.label, { x: at, y: AXIS - 10, textAnchor: 'middle' })];
  });
}

function diamond(cx: number, cy: number, size: number, style: { fill: string; stroke: string }, strokeWidth: number): Element {
  const points = [`${cx},${cy - size}`, `${cx + size},${cy}`, `${cx},${cy + size}`, `${cx - size},${cy}`].join(' ');
  return svg('polygon', { points, fill: style.fill, stroke: style.stroke, strokeWidth });
}

function fill(style: { fill: string }, hatch: string): string {
  return style.fill === 'hatch' ? `url(#${hatch})` : style.fill;
}

/** A bar or diamond and its label: inside the bar where it fits, else on the side where it does. */
function barRow(bar: GanttBar, scale: Scale, top: number, hatch: string): ElementContent[] {
  const key = bar.style ?? 'plain';
  const style = STYLE[key];
  const middle = top + ROW / 2;
  const start = x(scale, bar.start);
  const end = bar.end === undefined ? start : Math.max(start + 2, x(scale, bar.end));
  const shape = bar.end === undefined ? diamond(start, middle, key === 'crit' ? 7 : 5, style, key === 'crit' ? 1.5 : 1) : svg('rect', { x: start, y: top + 4, width: Math.round((end - start) * 10) / 10, height: ROW - 8, fill: fill(style, hatch), stroke: style.stroke, strokeWidth: 1 });
  const width = bar.name.length * CHAR;
  const gap = bar.end === undefined ? 10 : 5;
  const label =
    bar.end !== undefined && style.fill !== 'hatch' && width + 8 <= end - start
      ? svgText(bar.name, { x: start + 4, y: middle + 4, fill: '#ffffff' })
      : end + gap + width <= scale.right
      ? svgText(bar.name, { x: end + gap, y: middle + 4 })
      : start - gap - width >= scale.left
        ? svgText(bar.name, { x: start - gap, y: middle + 4, textAnchor: 'end' })
        : svgText(bar.name, { x: scale.left + 2, y: middle + 4, stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' });
  return [shape, label];
}

function legend(top: number, hatch: string, used: ReadonlySet<string>): ElementContent[] {
  let at = 8;
  const items: ElementContent[] = [];
  for (const key of ['active', 'done', 'plain', 'crit'] as const) {
    if (!used.has(key)) continue;
    const style = STYLE[key];
    const middle = top + LEGEND / 2;
    items.push(key === 'active' || key === 'done' ? svg('rect', { x: at, y: middle - 6, width: 22, height: 12, fill: fill(style, hatch), stroke: style.stroke }) : diamond(at + 8, middle, key === 'crit' ? 7 : 5, style, key === 'crit' ? 1.5 : 1));
    items.push(svgText(LABELS[key], { x: at + 28, y: middle + 4 }));
    at += 28 + LABELS[key].length * CHAR + 24;
  }
  return items;
}

function hatchPattern(id: string): Element {
  return svg('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, [svg('rect', { width: 6, height: 6, fill: '#ffffff' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#444444', strokeWidth: 2.5 })]);
}

function dataTable(data: GanttData): Element {
  const rows = data.sections.flatMap((section) => section.bars.map((bar) => h('tr', {}, [h('td', {}, [section.name]), h('td', {}, [bar.name]), h('td', {}, [bar.start]), h('td', {}, [bar.end ?? '—'])])));
  return h('details', { className: ['timeline-data'] }, [
    h('summary', {}, ['The timeline as a table']),
    h('table', {}, [h('thead', {}, [h('tr', {}, ['Line', 'Period or event', 'From', 'To'].map((name) => h('th', { scope: 'col' }, [name])))]), h('tbody', {}, rows)]),
  ]);
}

/** The chart as a figure: its title as the caption, the SVG, and the table of its rows. `id` must be unique in the page. */
export function timelineChart(data: GanttData, id: string): Element {
  const scale = scaleFor(data);
  const hatch = `${id}-hatch`;
  const shapes: ElementContent[] = [];
  const used = new Set<string>();
  let top = AXIS;
  for (const section of data.sections) {
    shapes.push(svgText(section.name, { x: scale.left, y: top + ROW - 6, fontWeight: 'bold' }));
    top += ROW;
    for (const bar of section.bars) {
      used.add(bar.style ?? 'plain');
      shapes.push(...barRow(bar, scale, top, hatch));
      top += ROW;
    }
  }
  const height = top + LEGEND + 4;
  const chart = h('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', ariaLabelledBy: [`${id}-title`], className: ['timeline-chart'] }, [
    h('title', { id: `${id}-title` }, [data.title]),
    h('defs', {}, [hatchPattern(hatch)]),
    ...axis(scale, height),
    ...shapes,
    ...legend(top + 4, hatch, used),
  ]);
  return h('figure', { className: ['timeline'], id }, [h('figcaption', {}, [data.title]), chart, dataTable(data)]);
}
