/**
 * A resolution in UN layout as hast (the workbench's document page): header, opening, italic
 * opening words, numbered paragraphs and subparagraphs, parts, annexes, vote, negotiation
 * notes; every clause's words exactly as in the file; citations as links through the caller's
 * callback; right to left for Arabic; hostile clause texts shown literally.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Clause, ResolutionDocument } from '../../../src/model/document.js';
import type { CitationInText } from '../../../src/render/html/citation-link.js';
import { h } from '../../../src/render/html/hast.js';
import { htmlPage } from '../../../src/render/html/html-page.js';
import { resolutionToHast, type ResolutionHastOptions } from '../../../src/render/html/resolution-to-hast.js';
import { stringifyHtml } from '../../../src/render/html/stringify-html.js';
import { clauseText } from '../../report/support/nasty-text.js';
import { loadedDocument } from '../../support/loaded-document.js';
import { propertySeed } from '../../support/property-seed.js';
import { classes, descendants, find, parseHtml, textContent, type HtmlElement } from './support/parse-html.js';

function article(document: ResolutionDocument, options: ResolutionHastOptions = {}): HtmlElement {
  const result = resolutionToHast(document, options);
  if (!result.ok) throw new Error('unsettled brackets');
  const html = stringifyHtml(htmlPage([h('main', {}, [result.tree])], { title: 'Resolution', language: document.language, stylesheetHref: '/style.css' }));
  return find(parseHtml(html), 'article')[0]!;
}

const byClass = (root: HtmlElement, name: string) => descendants(root).filter((e) => classes(e).includes(name));
const byId = (root: HtmlElement, id: string) => descendants(root).find((e) => e.attributes.id === id);

/** Every clause of a document with its words, subparagraphs included. */
function clauses(document: ResolutionDocument): Clause[] {
  const walk = (list: Clause[] = []): Clause[] => list.flatMap((clause) => [clause, ...walk('subparagraphs' in clause ? clause.subparagraphs : [])]);
  return [...document.preamble, ...walk(document.operative)];
}

const FILES = [...['dprk', 'haiti', 'libya', 'southern-rhodesia'].flatMap((regime) => readdirSync(path.join('resolutions', regime)).map((file) => path.join('resolutions', regime, file))), 'test/fixtures/parts/S-RES-161-1961.yaml', 'test/fixtures/parts/S-RES-101-1953.yaml', 'test/fixtures/import/synthetic-parts-annexes.yaml'].filter((file) => file.endsWith('.yaml'));

describe('a resolution in UN layout', () => {
  it('lays out S/RES/873 (1993): symbol, title, adoption, opening, italic participles and verbs, numbered paragraphs, vote', () => {
    const document = loadedDocument('resolutions/haiti/S-RES-873-1993.yaml');
    const root = article(document);
    expect(root.attributes).toMatchObject({ class: 'resolution', lang: 'en', dir: 'ltr' });
    expect(textContent(byClass(root, 'symbol')[0]!)).toBe('S/RES/873 (1993)');
    expect(textContent(find(root, 'h1')[0]!)).toBe('RESOLUTION 873 (1993)');
    expect(textContent(byClass(root, 'adopted')[0]!)).toBe('Adopted by the Security Council at its 3291st meeting, on 13 October 1993');
    expect(textContent(byClass(root, 'opening')[0]!)).toBe('The Security Council,');
    const preamble = byClass(root, 'preamble');
    expect(preamble.map((p) => textContent(find(p, 'em')[0]!))).toEqual(['Recalling', 'Deeply disturbed', 'Having received', 'Determining', 'Acting']);
    const operative = byClass(root, 'operative');
    expect(operative.map((p) => textContent(byClass(p, 'num')[0]!))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(operative.map((p) => p.attributes.id)).toEqual(document.operative.map((p) => p.id));
    expect(operative.map((p) => textContent(find(p, 'em')[0]!))).toEqual(['Decides', 'Decides', 'Decides', 'Confirms', 'Decides']);
    expect(textContent(byClass(root, 'vote')[0]!)).toBe(document.vote!.record);
  });

  it.each(FILES)('%s: every clause shows its words exactly (or its summary, marked), in the element with its id', (file) => {
    const document = loadedDocument(file);
    const root = article(document);
    for (const clause of clauses(document)) {
      const element = byId(root, clause.id);
      expect(element, clause.id).toBeDefined();
      const shown = textContent(byClass(element!, 'words')[0] ?? element!);
      if (clause.text === undefined) {
        if (clause.summary) expect(shown, clause.id).toContain(`Editorial summary, not the official text: ${clause.summary.text}`);
        continue;
      }
      expect(shown.endsWith(clause.text), `${clause.id} shows ${JSON.stringify(shown)}`).toBe(true);
      // Before the words: the label of a subparagraph printed on its paragraph's line, an editorial mark.
      expect(shown.slice(0, shown.length - clause.text.length), clause.id).toMatch(/^(\([a-z]+\) )?(\((Preambular paragraph|Paragraph|Subparagraph)[^)]*\) )?$/);
    }
    expect(root.attributes.lang).toBe(document.language);
  });

  it('shows parts A, B … with their titles, and annexes with their entries', () => {
    const root = article(loadedDocument('test/fixtures/import/synthetic-parts-annexes.yaml'));
    expect(byClass(root, 'part').map(textContent)).toEqual(['A', 'B']);
    expect(byClass(root, 'part-title').map(textContent)).toEqual(['Arms embargo', 'Travel ban']);
    expect(byClass(root, 'annex').length).toBeGreaterThan(0);
    expect(byClass(root, 'annex-item').length).toBeGreaterThan(0);
    const rhodesia = article(loadedDocument('test/fixtures/parts/S-RES-161-1961.yaml'));
    expect(byClass(rhodesia, 'opening').length).toBeGreaterThan(1);
  });

  it('marks each negotiation bracket with a note that links both ways, and refuses the clean text while one is open', () => {
    const document = loadedDocument('test/report/golden/diff-brackets-only/new.yaml');
    const root = article(document);
    const marks = byClass(root, 'bracket-note');
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) {
      const link = find(mark, 'a')[0]!;
      const note = byId(root, link.attributes.href!.slice(1))!;
      expect(note.name).toBe('li');
      expect(find(note, 'a')[0]!.attributes.href).toBe(`#${link.attributes.id}`);
    }
    expect(find(byClass(root, 'bracket-notes')[0]!, 'li').map(textContent).some((note) => note.includes('Proposed by France and United Kingdom'))).toBe(true);
    expect(resolutionToHast(document, { clean: true }).ok).toBe(false);
  });

  it('turns citations into links where the callback gives an address, around exactly their words', () => {
    const document = loadedDocument('resolutions/haiti/S-RES-873-1993.yaml');
    const seen: CitationInText[] = [];
    const root = article(document, {
      citationHref: (citation) => {
        seen.push(citation);
        return citation.reference.resolution === '867 (1993)' ? undefined : `/doc?cite=${seen.length}`;
      },
    });
    const links = byClass(root, 'citation');
    expect(seen.find((c) => c.text === 'paragraph 2 of resolution 861 (1993)')).toMatchObject({ reference: { resolution: '861 (1993)', paragraphs: ['2'] }, clauseId: 'op_1', paragraph: 1 });
    expect(seen.find((c) => c.text === 'paragraph 2 above')).toMatchObject({ reference: { paragraphs: ['2'] }, clauseId: 'op_3', paragraph: 3 });
    expect(links.map(textContent)).toContain('paragraphs 5 to 9 of resolution 841 (1993)');
    expect(links.map(textContent)).not.toContain('resolution 867 (1993)');
    expect(links).toHaveLength(seen.filter((c) => c.reference.resolution !== '867 (1993)').length);
    expect(links.every((a) => a.name === 'a' && a.attributes.href!.startsWith('/doc?cite='))).toBe(true);
    // Without a callback: no link, the same words.
    const plain = article(document);
    expect(byClass(plain, 'citation')).toEqual([]);
    expect(textContent(plain)).toBe(textContent(root));
  });

  it('sets an Arabic text right to left', () => {
    const document = { ...loadedDocument('resolutions/haiti/S-RES-873-1993.yaml'), language: 'ar' as const };
    expect(article(document).attributes).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });
});

describe('hostile clause texts', () => {
  const base = loadedDocument('test/fixtures/import/synthetic-parts-annexes.yaml');
  /**
   * The document with `text` wherever a file puts words: clauses, a subparagraph, a part title, an
   * annex entry, the vote. Paragraphs open with their usual words ("Recalling", "Decides that"),
   * which the layout sets in italics: a text that itself opens with such a word asks for them.
   */
  const withText = (text: string): ResolutionDocument => ({
    ...base,
    preamble: base.preamble.map((p, i) => (i === 0 ? { ...p, text: `Recalling ${text}` } : p)),
    operative: base.operative.map((p, i) => (i === 0 ? { ...p, text: `Decides that ${text}`, subparagraphs: [{ id: `${p.id}__a`, number: 'a', text }] } : p)),
    parts: base.parts!.map((part, i) => (i === 0 ? { ...part, title: text } : part)),
    annexes: base.annexes!.map((annex, i) => (i === 0 ? { ...annex, items: annex.items.map((item, j) => (j === 0 ? { ...item, text } : item)) } : annex)),
    vote: { ...base.vote, record: text },
  });
  const signature = (root: HtmlElement): string[] => descendants(root).filter((e) => e.name !== 'br').map((e) => `${e.name}${JSON.stringify(e.attributes)}`);
  const baseline = article(withText('innocuous'));

  it('shows any text literally: the same elements as with innocuous text, and exactly the text', () => {
    expect(textContent(baseline)).toContain('Recalling innocuous');
    fc.assert(
      fc.property(clauseText, (text) => {
        const root = article(withText(text));
        expect(signature(root)).toEqual(signature(baseline));
        expect(textContent(root)).toBe(textContent(baseline).split('innocuous').join(text));
        // With citations linked, only links are added, and the words stay the same.
        const linked = article(withText(text), { citationHref: () => '#cited' });
        expect(textContent(linked)).toBe(textContent(root));
        expect(signature(linked).filter((s) => !s.startsWith('a{"href":"#cited"'))).toEqual(signature(root));
      }),
      { numRuns: 150, seed: propertySeed() },
    );
  });
});
