/**
 * Whatever a clause says, the report shows it literally: rendering the report's Markdown with
 * cmark-gfm (GitHub's renderer) shows exactly the clause's text and creates no element that the
 * same report with innocuous text does not have. Raw HTML is let through (`--unsafe`, as GitHub
 * does before it sanitises), so a clause that could open a tag would be caught.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiffReport, renderImpactReport, renderRegimeReport, type RedlineStyle } from '../../src/render/report/index.js';
import { cmarkGfm } from './support/cmark.js';
import { attribute, collapseWhitespace, elements, visibleText, type Element } from './support/html.js';
import { clauseText } from './support/nasty-text.js';
import { textDiff } from './support/text-diff.js';
import { textImpact, textRegime } from './support/text-regime.js';
import { propertySeed } from '../support/property-seed.js';

const INNOCUOUS = 'innocuous';
const BOUNDARY = 'REPORT-BOUNDARY-7f3a';

interface Case {
  text: string;
  /** Each case draws one redline style: 1,000 cases try each about 500 times, at half the cost of both every time. */
  style: RedlineStyle;
}

const TABLE = /<table>/;
const LINK = /<a href="#[^"]+">/;
const MERMAID = /<pre><code class="language-mermaid">gantt\n/;
const REDLINE: Record<RedlineStyle, RegExp> = { html: /<del>innocuous<\/del><ins>innocuous<\/ins>/, plain: /<del>innocuous<\/del> <strong>innocuous<\/strong>/ };
const TOUCHING: Record<RedlineStyle, RegExp> = { html: /measures<del>innocuous<\/del>and<ins>innocuous<\/ins>so/, plain: /measures <del>innocuous<\/del> and <strong>innocuous<\/strong> so/ };

const REPORTS: Array<{ name: string; render: (c: Case) => string; shows: (style: RedlineStyle) => RegExp[] }> = [
  { name: 'diff report', render: ({ text, style }) => renderDiffReport(textDiff(text), { redline: style }), shows: (style) => [TABLE, LINK, REDLINE[style], TOUCHING[style]] },
  { name: 'impact report', render: ({ text, style }) => renderImpactReport(textImpact(text), { redline: style }), shows: (style) => [TABLE, LINK, MERMAID, REDLINE[style], /<blockquote>/] },
  { name: 'regime report', render: ({ text }) => renderRegimeReport(textRegime(text)), shows: () => [TABLE, LINK, MERMAID, /<blockquote>/] },
];

/** The reports of every case, joined into one document: one cmark-gfm run renders them all. */
function renderBatch(cases: readonly Case[], unsafe = true): string[][] {
  const markdown = cases.flatMap((c) => REPORTS.map((report) => report.render(c))).join(`\n\n${BOUNDARY}\n\n`);
  const parts = cmarkGfm(markdown, { unsafe }).split(`<p>${BOUNDARY}</p>`);
  // A report that left a construct open would swallow the boundary after it.
  expect(parts, 'every report ends where it should').toHaveLength(cases.length * REPORTS.length);
  return cases.map((_, index) => parts.slice(index * REPORTS.length, (index + 1) * REPORTS.length));
}

/** Mermaid source is shown as code, after its own sanitising: checked in mermaid-gantt.test.ts. */
function withoutCode(html: string): string {
  return html.replace(/<pre><code[^>]*>[\s\S]*?<\/code><\/pre>/g, '<pre></pre>');
}

/**
 * GFM turns a bare e-mail address into a mailto: link after escapes are resolved (cmark-gfm
 * joins the text before it looks for addresses), so no escaping can stop it; GitHub does the
 * same. The address is shown exactly, as the link's text, so the text "asks" for that link.
 */
function askedFor(element: Element, text: string): boolean {
  const href = attribute(element, 'href');
  return element.name === 'a' && href !== undefined && href.includes('@') && text.includes(href.replace(/^mailto:/, ''));
}

/**
 * A line break in a provision's wording (its subparagraphs, one a line) is shown as a line
 * break, `<br />`: the one element that text asks for by its line breaks. A raw `<br>` in the
 * text would not show literally, which the text comparison catches.
 */
function describeElements(list: Element[]): string[] {
  return list.filter((element) => element.name !== 'br').map((element) => `${element.name}${element.attributes}`);
}

const STYLES: readonly RedlineStyle[] = ['html', 'plain'];
const baselines = Object.fromEntries(STYLES.map((style) => [style, renderBatch([{ text: INNOCUOUS, style }])[0]!])) as Record<RedlineStyle, string[]>;
const baselineElements = Object.fromEntries(STYLES.map((style) => [style, baselines[style].map((html) => describeElements(elements(withoutCode(html))))])) as Record<RedlineStyle, string[][]>;

function check({ text, style }: Case, rendered: string[]): void {
  rendered.forEach((html, index) => {
    const name = `${REPORTS[index]!.name} (${style} redline)`;
    const shown = describeElements(elements(withoutCode(html)).filter((element) => !askedFor(element, text)));
    const expected = baselineElements[style][index]!;
    // Compared as one string first: deep equality for every case would take longer than rendering.
    if (shown.join('\n') !== expected.join('\n')) expect(shown, name).toEqual(expected);
    const expectedText = collapseWhitespace(visibleText(withoutCode(baselines[style][index]!)).split(INNOCUOUS).join(text));
    expect(collapseWhitespace(visibleText(withoutCode(html))), name).toBe(expectedText);
  });
}

const cases = fc.record({ text: clauseText, style: fc.constantFrom(...STYLES) });

describe('reports show any clause text literally', () => {
  it.each(STYLES.flatMap((style) => REPORTS.map((report, index) => [report.name, style, index] as const)))('keeps the baseline meaningful: the %s with the %s redline shows the innocuous text and what it is made of', (_name, style, index) => {
    expect(visibleText(baselines[style][index]!)).toContain(INNOCUOUS);
    for (const feature of REPORTS[index]!.shows(style)) expect(baselines[style][index]).toMatch(feature);
  });

  it('for 1,000 arbitrary texts: the same elements as with innocuous text, and exactly the text', () => {
    // fast-check generates the same cases from the same seed: a first pass collects them, one
    // cmark-gfm run renders them all, and the real pass checks them (cases tried while
    // shrinking a failure are rendered one by one).
    const parameters = { numRuns: 1000, seed: propertySeed() };
    const collected: Case[] = [];
    fc.assert(fc.property(cases, (c) => void collected.push(c)), parameters);
    const key = (c: Case) => `${c.style}\u0000${c.text}`;
    const rendered = new Map(renderBatch(collected).map((html, index) => [key(collected[index]!), html]));
    fc.assert(
      fc.property(cases, (c) => check(c, rendered.get(key(c)) ?? renderBatch([c])[0]!)),
      parameters,
    );
    expect(rendered.size).toBeGreaterThan(900);
    // Rendering 3,000 reports takes seconds, more on a busy machine: room, not a measure.
  }, 300_000);

  it('with the plain redline, needs no raw HTML at all, for renderers that strip it', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const markdown = REPORTS.map((report) => report.render({ text, style: 'plain' })).join(`\n\n${BOUNDARY}\n\n`);
        expect(cmarkGfm(markdown, { unsafe: false })).toBe(cmarkGfm(markdown, { unsafe: true }));
      }),
      { numRuns: 100 },
    );
  });
});
