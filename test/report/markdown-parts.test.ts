import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { anchored, githubSlug, linkTo, resolveAnchors } from '../../src/render/report/lib/anchors.js';
import { heading, paragraph } from '../../src/render/report/lib/mdast.js';
import { redlinePhrasing } from '../../src/render/report/lib/redline.js';
import { stringifyReport } from '../../src/render/report/lib/stringify.js';
import { sourceList } from '../../src/render/report/lib/sources.js';
import { cmarkGfm } from './support/cmark.js';

const render = (tree: Root) => cmarkGfm(stringifyReport(tree), { unsafe: true });

describe('anchors', () => {
  it("give headings GitHub's ids: lower case, punctuation dropped, spaces to hyphens", () => {
    expect(githubSlug('Operative paragraph 2 → 3')).toBe('operative-paragraph-2--3');
    expect(githubSlug('Asset freeze: resolution 841 (1993), paragraph 8(a)(iii)')).toBe('asset-freeze-resolution-841-1993-paragraph-8aiii');
    expect(githubSlug('Clause op_statues_ban — “draft”')).toBe('clause-op_statues_ban--draft');
  });

  it('point each link at its heading, numbering repeated headings as GitHub does', () => {
    const tree = resolveAnchors({
      type: 'root',
      children: [paragraph(linkTo('a', 'first'), linkTo('b', 'second'), linkTo('c', 'third')), anchored(heading(2, 'Same'), 'a'), heading(2, 'Same-1'), anchored(heading(2, 'Same'), 'b'), anchored(heading(2, 'Same'), 'c')],
    });
    expect(render(tree)).toContain('<a href="#same">first</a><a href="#same-2">second</a><a href="#same-3">third</a>');
  });

  it('refuse a link to a section the report does not have', () => {
    expect(() => resolveAnchors({ type: 'root', children: [paragraph(linkTo('missing', 'x'))] })).toThrow(/missing/);
  });
});

describe('redline', () => {
  const redline = { segments: [{ kind: 'equal' as const, text: 'all States\nshall ' }, { kind: 'delete' as const, text: 'prevent ' }, { kind: 'insert' as const, text: 'discourage' }, { kind: 'equal' as const, text: ' the sale' }, { kind: 'delete' as const, text: ',' }, { kind: 'insert' as const, text: ';' }], fallback: false };

  it('marks changes with <del> and <ins>, line wraps as spaces', () => {
    expect(render({ type: 'root', children: [paragraph(...redlinePhrasing(redline, 'html'))] })).toBe('<p>all States shall <del>prevent</del> <ins>discourage</ins> the sale<del>,</del><ins>;</ins></p>\n');
  });

  it('in the plain style, uses ~~ and ** and no HTML, each change set off by spaces', () => {
    const markdown = stringifyReport({ type: 'root', children: [paragraph(...redlinePhrasing(redline, 'plain'))] });
    expect(markdown).toBe('all States shall ~~prevent~~ **discourage** the sale ~~,~~ **;**\n');
    expect(cmarkGfm(markdown, { unsafe: false })).toBe('<p>all States shall <del>prevent</del> <strong>discourage</strong> the sale <del>,</del> <strong>;</strong></p>\n');
  });

  it('keeps no-break spaces, which French typography puts before punctuation', () => {
    const french = { segments: [{ kind: 'equal' as const, text: 'les mesures\u00a0: ' }, { kind: 'insert' as const, text: 'a)' }], fallback: false };
    expect(render({ type: 'root', children: [paragraph(...redlinePhrasing(french, 'html'))] })).toBe('<p>les mesures\u00a0: <ins>a)</ins></p>\n');
  });
});

describe('sources', () => {
  it('link web addresses by their site, and show anything else as written, each with its rank', () => {
    const ranking = { domains: [{ rank: 'un' as const, pattern: 'un.org', file: 'ranks.yaml', line: 1 }], references: [] };
    const html = render({ type: 'root', children: [paragraph(...sourceList(['javascript:alert(1)', 'https://www.un.org/press/en/2017/sc12853.doc.htm', 'sources/dprk/DPRK-REGIME-FACTS.md'], ranking))] });
    expect(html).toBe('<p><a href="https://www.un.org/press/en/2017/sc12853.doc.htm">un.org</a> (UN source); javascript:alert(1) (unverified source); sources/dprk/DPRK-REGIME-FACTS.md (unverified source)</p>\n');
  });
});
