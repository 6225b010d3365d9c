/**
 * Whatever a clause says, the report shows it literally: rendering the report's Markdown with
 * cmark-gfm (GitHub's renderer) shows exactly the clause's text and creates no element that a
 * report with innocuous text does not have. Raw HTML is let through (`--unsafe`, as GitHub does
 * before it sanitises), so a clause that could open a tag would be caught.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReport } from '../../src/render/report/diff-report.js';
import { stringifyReport } from '../../src/render/report/lib/stringify.js';
import { cmarkGfm } from './support/cmark.js';
import { attribute, collapseWhitespace, elements, visibleText, type Element } from './support/html.js';
import { clauseText } from './support/nasty-text.js';
import { textDiff } from './support/text-diff.js';

const INNOCUOUS = 'innocuous';
const BOUNDARY = 'REPORT-BOUNDARY-7f3a';

const REPORTS: Array<{ name: string; render: (text: string) => string }> = [
  { name: 'diff report with <del>/<ins>', render: (text) => stringifyReport(diffReport(textDiff(text), { redline: 'html' })) },
  { name: 'diff report with plain redline', render: (text) => stringifyReport(diffReport(textDiff(text), { redline: 'plain' })) },
];

/** The reports for each text, joined into one document: one cmark-gfm run renders them all. */
function renderBatch(texts: readonly string[], unsafe = true): string[][] {
  const markdown = texts.flatMap((text) => REPORTS.map((report) => report.render(text))).join(`\n\n${BOUNDARY}\n\n`);
  const parts = cmarkGfm(markdown, { unsafe }).split(`<p>${BOUNDARY}</p>`);
  // A report that left a construct open would swallow the boundary after it.
  expect(parts, 'every report ends where it should').toHaveLength(texts.length * REPORTS.length);
  return texts.map((_, index) => parts.slice(index * REPORTS.length, (index + 1) * REPORTS.length));
}

/** Mermaid source is shown as code, after its own sanitising: compared separately (mermaid-gantt.test.ts). */
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

function describeElements(list: Element[]): string[] {
  return list.map((element) => `${element.name}${element.attributes}`);
}

const baseline = renderBatch([INNOCUOUS])[0]!;

describe('reports show any clause text literally', () => {
  it('keeps the baseline meaningful: the innocuous text appears in every report, with tables, links and the redline', () => {
    expect(baseline).toHaveLength(REPORTS.length);
    for (const html of baseline) {
      expect(visibleText(html)).toContain(INNOCUOUS);
      expect(describeElements(elements(html))).toEqual(expect.arrayContaining(['table', 'a href="#operative-paragraph-2--3"']));
    }
    expect(baseline[0]).toMatch(/<del>innocuous<\/del>/);
    expect(baseline[1]).toMatch(/<del>innocuous<\/del>/);
  });

  it('for 1,000 arbitrary texts: the same elements as with innocuous text, and exactly the text', () => {
    const check = (text: string, rendered: string[]) => {
      rendered.forEach((html, index) => {
        const name = REPORTS[index]!.name;
        const shown = elements(withoutCode(html)).filter((element) => !askedFor(element, text));
        expect(describeElements(shown), name).toEqual(describeElements(elements(withoutCode(baseline[index]!))));
        const expected = collapseWhitespace(visibleText(withoutCode(baseline[index]!)).split(INNOCUOUS).join(text));
        expect(collapseWhitespace(visibleText(withoutCode(html))), name).toBe(expected);
      });
    };
    // fast-check generates the same texts from the same seed: a first pass collects them, one
    // cmark-gfm run renders them all, and the real pass checks them (texts tried while
    // shrinking a failure are rendered one by one).
    const parameters = { numRuns: 1000, seed: Date.now() };
    const texts: string[] = [];
    fc.assert(fc.property(clauseText, (text) => void texts.push(text)), parameters);
    const rendered = new Map(renderBatch(texts).map((html, index) => [texts[index]!, html]));
    fc.assert(
      fc.property(clauseText, (text) => check(text, rendered.get(text) ?? renderBatch([text])[0]!)),
      parameters,
    );
    expect(rendered.size).toBeGreaterThan(900);
  });

  it('the plain redline needs no raw HTML at all, for renderers that strip it', () => {
    fc.assert(
      fc.property(clauseText, (text) => {
        const markdown = REPORTS[1]!.render(text);
        expect(cmarkGfm(markdown, { unsafe: false })).toBe(cmarkGfm(markdown, { unsafe: true }));
      }),
      { numRuns: 100 },
    );
  });
});
