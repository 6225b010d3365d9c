/** The SVG timeline of the HTML reports: axis marks, bars inside the chart, names as given. */
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../../../src/render/html/html-page.js';
import { stringifyHtml } from '../../../src/render/html/stringify-html.js';
import { timelineChart } from '../../../src/render/html/timeline-chart.js';
import type { GanttData } from '../../../src/render/report/lib/mermaid-gantt.js';
import { find, parseHtml, textContent, type HtmlElement } from './support/parse-html.js';

function chart(data: GanttData): HtmlElement {
  const html = stringifyHtml(htmlPage([timelineChart(data, 'timeline-1')], { title: 't', language: 'en', stylesheetHref: '/s.css' }));
  return find(parseHtml(html), 'svg')[0]!;
}

const months: GanttData = {
  title: 'Haiti: 1993 #1; 100%',
  sections: [{ name: 'Petroleum: ban; arms #5', bars: [{ name: 'In force, 841 (1993) para 3', start: '1993-06-23', end: '1993-08-27', style: 'active' }, { name: 'Suspended', start: '1993-08-27', end: '1993-10-18', style: 'done' }, { name: 'Draft would terminate', start: '1993-10-19', style: 'crit' }] }],
};

describe('timelineChart', () => {
  it('marks months on a chart of a few months, years on one of decades', () => {
    const short = find(chart(months), 'text').map(textContent);
    expect(short).toEqual(expect.arrayContaining(['1993-07', '1993-08', '1993-09', '1993-10']));
    const long = find(chart({ title: 'Rhodesia', sections: [{ name: 'Arms', bars: [{ name: 'In force', start: '1966-12-16', end: '1979-12-21', style: 'active' }] }] }), 'text').map(textContent);
    expect(long.filter((t) => /^\d{4}$/.test(t)).length).toBeGreaterThanOrEqual(6);
    expect(long.filter((t) => /^\d{4}$/.test(t)).length).toBeLessThanOrEqual(13);
  });

  it('keeps every shape inside the chart, a bar as long as its period, one diamond per one-day event', () => {
    const svg = chart(months);
    const [, , width] = svg.attributes.viewbox!.split(' ').map(Number);
    const bars = find(svg, 'rect').filter((r) => r.attributes.height === '14');
    expect(bars).toHaveLength(2);
    for (const bar of bars) {
      expect(Number(bar.attributes.x)).toBeGreaterThanOrEqual(0);
      expect(Number(bar.attributes.x) + Number(bar.attributes.width)).toBeLessThanOrEqual(width!);
    }
    // The suspension (52 days) is shorter than the period in force before it (65 days).
    expect(Number(bars[1]!.attributes.width)).toBeLessThan(Number(bars[0]!.attributes.width));
    expect(bars[1]!.attributes.fill).toBe('url(#timeline-1-hatch)');
    expect(find(svg, 'pattern')[0]!.attributes.id).toBe('timeline-1-hatch');
    expect(find(svg, 'polygon').filter((p) => p.attributes.fill === '#c62828')).toHaveLength(2);
  });

  it('shows names exactly as given, with the characters Mermaid cannot take', () => {
    const svg = chart(months);
    expect(textContent(find(svg, 'title')[0]!)).toBe('Haiti: 1993 #1; 100%');
    expect(find(svg, 'text').map(textContent)).toContain('Petroleum: ban; arms #5');
    expect(svg.attributes['aria-labelledby']).toBe('timeline-1-title');
  });

  it('draws a chart with no bar as an empty chart, with no mark that is not a number', () => {
    const svg = chart({ title: 'Nothing yet', sections: [] });
    expect(JSON.stringify(svg)).not.toMatch(/NaN|Infinity/);
    expect(textContent(find(svg, 'title')[0]!)).toBe('Nothing yet');
  });
});
