/**
 * `--format html` reports as pages, read back without a browser: the structure (parsed back
 * strictly), self-containment, the same words as the Markdown report, the redline as elements,
 * the timeline as SVG, links that land, lang and dir, and the faults the converter refuses.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'mdast';
import { beforeAll, describe, expect, it } from 'vitest';
import { regimeOption } from '../../../src/cli/consolidation-options.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { assessImpact } from '../../../src/consolidate/impact.js';
import { parseAsOf } from '../../../src/consolidate/moment.js';
import { diffResolutions } from '../../../src/diff/diff-resolutions.js';
import { loadDocument } from '../../../src/load/load-document.js';
import { reportHtml } from '../../../src/render/html/report-html.js';
import { reportToHast } from '../../../src/render/html/report-to-hast.js';
import { diffReport, impactReport, regimeReport, stringifyReport } from '../../../src/render/report/index.js';
import { cmarkGfm } from '../../report/support/cmark.js';
import { collapseWhitespace, visibleText } from '../../report/support/html.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { classes, descendants, find, parseHtml, textContent, type HtmlElement } from './support/parse-html.js';

const ZERO = 'examples/haiti-hypothetical-draft/zero-draft.yaml';
const REV1 = 'examples/haiti-hypothetical-draft/rev1.yaml';
const CN_RU = 'resolutions/dprk/draft-2019-12-16-cn-ru.yaml';

interface Case {
  name: string;
  tree: Root;
  language: string;
}

const cases: Case[] = [];

beforeAll(async () => {
  const diff = diffResolutions(loadedDocument(ZERO), loadedDocument(REV1));
  cases.push({ name: 'diff', tree: diffReport(diff), language: diff.new.language });
  const haiti = await regimeOption('haiti', undefined, process.cwd());
  cases.push({ name: 'regime', tree: regimeReport(consolidate(haiti.regime, parseAsOf('1993-10-19')!)), language: 'en' });
  const draft = await loadDocument(path.resolve(CN_RU));
  if (!draft.ok) throw new Error(`${CN_RU} does not load`);
  const dprk = await regimeOption('dprk', undefined, process.cwd());
  const impact = assessImpact(draft.loaded, dprk.regime);
  if (!impact.ok) throw new Error('the impact of the China–Russia draft cannot be assessed');
  cases.push({ name: 'impact', tree: impactReport(impact.report), language: draft.loaded.document.language });
});

function page(name: string): { html: string; root: HtmlElement; main: HtmlElement } {
  const found = cases.find((c) => c.name === name)!;
  const html = reportHtml(found.tree, found.language);
  const root = parseHtml(html);
  return { html, root, main: find(root, 'main')[0]! };
}

/** Mermaid source and the SVG timeline are the one place where the two renderings differ by design. */
function withoutTimeline(html: string): string {
  return html.replace(/<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>/g, ' ').replace(/<figure class="timeline"[\s\S]*?<\/figure>/g, ' ');
}

describe.each(['diff', 'impact', 'regime'])('the %s report as a page', (name) => {
  it('stands alone: one inline stylesheet allowed by its hash, no script, no link, nothing fetched', () => {
    const { html, root } = page(name);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const styles = find(root, 'style');
    expect(styles).toHaveLength(1);
    const css = textContent(styles[0]!);
    expect(css).not.toMatch(/url\(|@import|@font-face/);
    const policy = find(root, 'meta').find((meta) => meta.attributes['http-equiv'] === 'Content-Security-Policy')?.attributes.content;
    expect(policy).toBe(`default-src 'none'; style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`);
    const all = descendants(root);
    expect(all.filter((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'image', 'use'].includes(e.name)).map((e) => e.name)).toEqual([]);
    expect(all.filter((e) => 'src' in e.attributes || 'style' in e.attributes || 'xlink:href' in e.attributes || Object.keys(e.attributes).some((a) => a.startsWith('on')))).toEqual([]);
    // Links are for the reader to follow: a place in the page, or a source's web page.
    const hrefs = all.filter((e) => e.name === 'a').map((e) => e.attributes.href ?? '');
    expect(hrefs.filter((href) => !/^(#|https?:\/\/)/.test(href))).toEqual([]);
  });

  it('has every link within the page land on an element, and the title of its first heading', () => {
    const { root, main } = page(name);
    const ids = new Set(descendants(root).map((e) => e.attributes.id).filter(Boolean));
    const targets = find(root, 'a').map((a) => a.attributes.href!).filter((href) => href.startsWith('#'));
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.filter((href) => !ids.has(decodeURIComponent(href.slice(1))))).toEqual([]);
    expect(textContent(find(root, 'title')[0]!)).toBe(textContent(find(main, 'h1')[0]!));
    expect(find(root, 'html')[0]!.attributes).toMatchObject({ lang: 'en', dir: 'ltr' });
  });

  it('says exactly what the Markdown report says (GitHub rendering), word for word', () => {
    const { html } = page(name);
    const markdown = stringifyReport(cases.find((c) => c.name === name)!.tree);
    const github = collapseWhitespace(visibleText(withoutTimeline(cmarkGfm(markdown, { unsafe: true }))));
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
    expect(collapseWhitespace(visibleText(withoutTimeline(main)))).toBe(github);
  });
});

describe('redline and timeline', () => {
  it('marks the redline with <del> and <ins> elements around the words', () => {
    const { main } = page('diff');
    const deleted = find(main, 'del').map(textContent);
    const inserted = find(main, 'ins').map(textContent);
    expect(deleted).toContain('Deeply disturbed');
    expect(inserted).toContain('Gravely concerned');
    expect(find(main, 'del').every((e) => classes(e).includes('redline-delete'))).toBe(true);
    expect(find(main, 'ins').every((e) => classes(e).includes('redline-insert'))).toBe(true);
  });

  it.each(['regime', 'impact'])('draws the %s timeline as SVG, one row per bar of the Mermaid chart, without inline styles', (name) => {
    const { main } = page(name);
    const mermaid = cases.find((c) => c.name === name)!.tree.children.find((node) => node.type === 'code' && node.lang === 'mermaid');
    expect(mermaid).toBeDefined();
    const bars = (mermaid as { value: string }).value.split('\n').filter((line) => /^ {4}\S.* :/.test(line)).length;
    const figure = find(main, 'figure')[0]!;
    expect(classes(figure)).toContain('timeline');
    const svg = find(figure, 'svg')[0]!;
    expect(svg.attributes.role).toBe('img');
    expect(textContent(find(svg, 'title')[0]!)).toBe(textContent(find(figure, 'figcaption')[0]!));
    expect(find(find(figure, 'tbody')[0]!, 'tr')).toHaveLength(bars);
    // Each bar is a rect or a diamond; the legend adds at most two rects and two diamonds.
    const shapes = find(svg, 'rect').length + find(svg, 'polygon').length - find(find(svg, 'defs')[0]!, 'rect').length;
    expect(shapes - bars).toBeGreaterThanOrEqual(1);
    expect(shapes - bars).toBeLessThanOrEqual(4);
    expect(main.children.some((child) => typeof child !== 'string' && child.name === 'pre')).toBe(false);
  });
});

describe('direction and language', () => {
  it('gives an Arabic text a right-to-left page in Arabic, each block taking its direction from its words', () => {
    const zero = loadedDocument(ZERO);
    const arabic = (document: typeof zero, verb: string) => ({ ...document, language: 'ar' as const, preamble: document.preamble.map((p) => ({ ...p, text: `${verb} مجلس الأمن` })) });
    const diff = diffResolutions(arabic(zero, 'إذ يشير'), arabic(loadedDocument(REV1), 'إذ يؤكد'));
    const root = parseHtml(reportHtml(diffReport(diff), diff.new.language));
    expect(find(root, 'html')[0]!.attributes).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(find(root, 'p').every((p) => p.attributes.dir === 'auto')).toBe(true);
    expect(find(root, 'ins').map(textContent)).toContain('يؤكد');
  });
});

describe('what the converter refuses', () => {
  const tree = (children: Root['children']): Root => ({ type: 'root', children });

  it('reads its own pages back strictly: a tag closed out of order is caught', () => {
    expect(() => parseHtml('<main><p>x</main></p>')).toThrow(/closes <p>/);
    expect(() => parseHtml('<main><p>x</p>')).toThrow(/never closed/);
  });

  it('passes no raw HTML: a tag a report does not write, or a block of HTML, stops the rendering', () => {
    expect(() => reportToHast(tree([{ type: 'paragraph', children: [{ type: 'html', value: '<script>' }, { type: 'text', value: 'x' }, { type: 'html', value: '</script>' }] }]))).toThrow(/raw HTML/);
    expect(() => reportToHast(tree([{ type: 'html', value: '<del>' }]))).toThrow(/block of raw HTML/);
    expect(() => reportToHast(tree([{ type: 'paragraph', children: [{ type: 'html', value: '<del>' }, { type: 'text', value: 'x' }] }]))).toThrow(/open/);
    expect(() => reportToHast(tree([{ type: 'paragraph', children: [{ type: 'html', value: '<del>' }, { type: 'text', value: 'x' }, { type: 'html', value: '</ins>' }] }]))).toThrow(/closes <ins>/);
  });

  it('turns the tags reports write into elements around the same words, nested as written', () => {
    const hast = reportToHast(tree([{ type: 'paragraph', children: [{ type: 'text', value: 'a ' }, { type: 'html', value: '<del>' }, { type: 'text', value: '<b>x</b>' }, { type: 'html', value: '</del>' }, { type: 'html', value: '<ins>' }, { type: 'text', value: 'y' }, { type: 'html', value: '<sub>' }, { type: 'text', value: 'r2' }, { type: 'html', value: '</sub>' }, { type: 'html', value: '</ins>' }] }]));
    expect(hast.children[0]).toMatchObject({
      tagName: 'p',
      children: [
        { type: 'text', value: 'a ' },
        { tagName: 'del', properties: { className: ['redline-delete'] }, children: [{ type: 'text', value: '<b>x</b>' }] },
        { tagName: 'ins', children: [{ type: 'text', value: 'y' }, { tagName: 'sub', properties: { className: ['revision'] }, children: [{ type: 'text', value: 'r2' }] }] },
      ],
    });
  });

  it('keeps only the words of a link that is neither a place in the page nor a web address', () => {
    const hast = reportToHast(tree([{ type: 'paragraph', children: ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/x', 'https://un.org/x'].map((url) => ({ type: 'link' as const, url, children: [{ type: 'text' as const, value: url }] })) }]));
    const paragraph = hast.children[0] as { children: Array<{ type: string; tagName?: string; properties?: { href?: string } }> };
    expect(paragraph.children.filter((c) => c.type === 'element').map((c) => c.properties?.href)).toEqual(['https://un.org/x']);
  });

  it('leaves the tree it is given as it was', () => {
    const report = cases.find((c) => c.name === 'diff')!.tree;
    const before = JSON.stringify(report);
    reportToHast(report);
    expect(JSON.stringify(report)).toBe(before);
  });
});
