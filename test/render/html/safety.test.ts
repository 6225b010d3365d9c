/**
 * Whatever a clause says, the HTML reports show it literally: for arbitrary texts (the set the
 * Markdown report safety test uses, test/report/support/nasty-text.ts) standing wherever a file
 * can put words, each report has the same elements as with innocuous text and shows exactly the
 * text. Nothing in the text can open a tag, an attribute, a script or a link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../../src/render/html/report-html.js';
import { diffReport, impactReport, regimeReport, type RedlineStyle } from '../../../src/render/report/index.js';
import { collapseWhitespace } from '../../report/support/html.js';
import { clauseText } from '../../report/support/nasty-text.js';
import { textDiff } from '../../report/support/text-diff.js';
import { textImpact, textRegime } from '../../report/support/text-regime.js';
import { propertySeed } from '../../support/property-seed.js';
import { descendants, find, parseHtml, textContent, type HtmlElement } from './support/parse-html.js';

const INNOCUOUS = 'innocuous';

interface Case {
  text: string;
  style: RedlineStyle;
}

const REPORTS: Array<{ name: string; render: (c: Case) => string }> = [
  { name: 'diff report', render: ({ text, style }) => reportHtml(diffReport(textDiff(text), { redline: style }), 'en') },
  { name: 'impact report', render: ({ text, style }) => reportHtml(impactReport(textImpact(text), { redline: style }), 'en') },
  { name: 'regime report', render: ({ text }) => reportHtml(regimeReport(textRegime(text)), 'en') },
];

/**
 * Each element with its attributes. Ids and the links to them are names made from heading text
 * (checked to land instead); inside the SVG timeline only the element names count, as where a
 * label stands depends on its length. A line break in a provision's wording (its subparagraphs,
 * one a line) is shown as a line break, <br>: the one element a text asks for by itself.
 */
function signature(element: HtmlElement, inSvg = false): string[] {
  const attributes = inSvg ? '' : Object.entries(element.attributes).map(([name, value]) => ` ${name}="${name === 'id' || (name === 'href' && value.startsWith('#')) || name === 'aria-labelledby' ? '…' : value}"`).join('');
  const own = `${element.name}${attributes}`;
  return [own, ...element.children.flatMap((child) => (typeof child === 'string' || child.name === 'br' ? [] : signature(child, inSvg || element.name === 'svg')))];
}

function main(html: string): HtmlElement {
  const root = parseHtml(html);
  const ids = new Set(descendants(root).map((e) => e.attributes.id));
  const unresolved = find(root, 'a').map((a) => a.attributes.href ?? '').filter((href) => href.startsWith('#') && !ids.has(decodeURIComponent(href.slice(1))));
  expect(unresolved, 'links within the page that land nowhere').toEqual([]);
  return find(root, 'main')[0]!;
}

const STYLES: readonly RedlineStyle[] = ['html', 'plain'];
const baselines = Object.fromEntries(STYLES.map((style) => [style, REPORTS.map((report) => main(report.render({ text: INNOCUOUS, style })))])) as Record<RedlineStyle, HtmlElement[]>;

function check(c: Case): void {
  REPORTS.forEach((report, index) => {
    const name = `${report.name} (${c.style} redline)`;
    const shown = main(report.render(c));
    const expected = baselines[c.style][index]!;
    const [got, want] = [signature(shown).join('\n'), signature(expected).join('\n')];
    if (got !== want) expect(signature(shown), name).toEqual(signature(expected));
    expect(collapseWhitespace(textContent(shown)), name).toBe(collapseWhitespace(textContent(expected).split(INNOCUOUS).join(c.text)));
  });
}

describe('HTML reports show any clause text literally', () => {
  it('keeps the baseline meaningful: the innocuous text is shown, with redline, table, links and timeline', () => {
    for (const style of STYLES) {
      const [diff, impact, regime] = baselines[style];
      for (const page of [diff!, impact!, regime!]) expect(textContent(page)).toContain(INNOCUOUS);
      expect(find(diff!, 'del').map(textContent)).toContain(INNOCUOUS);
      expect(find(diff!, style === 'html' ? 'ins' : 'strong').map(textContent)).toContain(INNOCUOUS);
      for (const page of [impact!, regime!]) expect(find(page, 'svg')).toHaveLength(1);
      for (const page of [diff!, impact!, regime!]) expect(find(page, 'table').length).toBeGreaterThan(0);
    }
  });

  it('for 100 arbitrary texts: the same elements and attributes as with innocuous text, and exactly the text', () => {
    fc.assert(fc.property(fc.record({ text: clauseText, style: fc.constantFrom(...STYLES) }), check), { numRuns: 100, seed: propertySeed() });
  }, 120_000);

  it.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '</style><script>x</script>', ']]><!--', '&lt;b&gt;', 'javascript:alert(1)', '[link](https://evil.example)'])('shows %s as those characters', (text) => {
    check({ text, style: 'html' });
    for (const report of REPORTS) {
      const html = report.render({ text, style: 'html' });
      expect(html).not.toMatch(/<script|<img|<svg onload|href="javascript/i);
      expect(descendants(parseHtml(html)).filter((e) => Object.keys(e.attributes).some((name) => name.startsWith('on')))).toEqual([]);
    }
  });
});
