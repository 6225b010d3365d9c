import { expect } from 'vitest';
import { headingSlugger } from '../../../src/render/report/lib/anchors.js';
import { cmarkGfm } from './cmark.js';
import { attribute, decodeEntities, elements } from './html.js';
import { readGantt } from './mermaid-grammar.js';

/** What a report is expected to show, once rendered. */
export type Feature = 'table' | 'redline' | 'plain-redline' | 'mermaid' | 'summaries';

/** Every element a report may produce: Markdown's own, and the <del>/<ins> of the redline. */
const REPORT_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'li', 'strong', 'em', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'blockquote', 'pre', 'code', 'hr', 'br', 'del', 'ins']);

/** Headings' ids as GitHub gives them, in document order, with -1, -2 … after repeats. */
function headingIds(html: string): Set<string> {
  const slug = headingSlugger();
  return new Set([...html.matchAll(/<h[1-6]>([\s\S]*?)<\/h[1-6]>/g)].map((match) => slug(decodeEntities(match[1]!.replace(/<[^>]+>/g, '')))));
}

/**
 * Renders a report with cmark-gfm as GitHub would and checks it: only the elements a report is
 * made of, every link within the report leading to a heading, and the features expected.
 */
export function checkReport(markdown: string, features: readonly Feature[]): string {
  const html = cmarkGfm(markdown, { unsafe: true });
  const found = elements(html);
  expect([...new Set(found.map((element) => element.name))].filter((name) => !REPORT_ELEMENTS.has(name)), 'elements a report is not made of').toEqual([]);
  const ids = headingIds(html);
  const targets = found.map((element) => attribute(element, 'href')).filter((href): href is string => href?.startsWith('#') ?? false);
  expect(targets.filter((href) => !ids.has(href.slice(1))), 'links to no heading').toEqual([]);
  if (features.includes('table')) expect(html).toMatch(/<table>\n<thead>\n<tr>\n<th>/);
  if (features.includes('redline')) {
    expect(html).toMatch(/<del>[^<]+<\/del>/);
    expect(html).toMatch(/<ins>[^<]+<\/ins>/);
  }
  if (features.includes('plain-redline')) {
    expect(html).toMatch(/<del>[^<]+<\/del>/);
    expect(cmarkGfm(markdown, { unsafe: false }), 'no raw HTML, for renderers that strip it').toBe(html);
  }
  if (features.includes('mermaid')) {
    const charts = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((match) => decodeEntities(match[1]!).replace(/\n$/, ''));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) expect(readGantt(chart).tasks.length).toBeGreaterThan(0);
  }
  if (features.includes('summaries')) expect(html).toContain('<em>Summary, not the Council’s words');
  return html;
}
