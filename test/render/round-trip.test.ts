import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolutionDocument } from '../../src/model/document.js';
import { walkOperative } from '../../src/model/paragraph-path.js';
import type { RenderFormat } from '../../src/render/document/render-document.js';
import { SUMMARY_MARK } from '../../src/text/editorial-marks.js';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { loadedDocument } from '../support/loaded-document.js';
import { reimported } from '../support/reimported.js';
import { renderedAs } from '../support/rendered-as.js';
import { yamlFiles } from '../support/yaml-files.js';
import { structure } from '../support/clause-structure.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const SHIPPED = yamlFiles(path.join(ROOT, 'resolutions')).map((file) => ({ name: path.relative(ROOT, file), document: loadedDocument(file) }));
const FULL = SHIPPED.filter(({ document }) => document.completeness === 'full');
const PARTIAL = SHIPPED.filter(({ document }) => document.completeness !== 'full');


describe('render → import gives back every shipped file exactly', () => {
  it('covers the full texts of all three regimes and the DPRK summaries', () => {
    expect(FULL.length).toBeGreaterThanOrEqual(12);
    expect(PARTIAL.length).toBeGreaterThanOrEqual(11);
  });

  for (const format of ['txt', 'md'] as const) {
    it.each(SHIPPED.map(({ name, document }) => [name, document] as const))(`%s (${format})`, (_name, document) => {
      expect(structure(reimported(document, format))).toEqual(JSON.parse(JSON.stringify(structure(document))));
    });
  }
});

/** Headings as recent resolutions print them above groups of operative paragraphs. */
const HEADINGS = ['Arms embargo', 'Asset freeze', 'Travel ban', 'Non-proliferation', 'Panel of Experts', 'Maritime and aviation measures'];

/** A copy of `document` with a heading above its first operative paragraph, every third one after it, and its last. */
function withHeadings(document: ResolutionDocument): ResolutionDocument {
  const copy = structuredClone(document);
  const last = copy.operative.length - 1;
  copy.operative.forEach((paragraph, index) => {
    if (index % 3 === 0 || index === last) paragraph.heading = HEADINGS[index % HEADINGS.length]!;
  });
  return copy;
}

describe('render → import gives back the headings above operative paragraphs', () => {
  const headed = SHIPPED.filter(({ document }) => document.operative.length > 0).map(({ name, document }) => [name, withHeadings(document)] as const);

  it('adds headings to the shipped files of every regime', () => {
    expect(headed.length).toBeGreaterThanOrEqual(20);
    expect(headed.every(([, document]) => document.operative[0]!.heading !== undefined)).toBe(true);
  });

  for (const format of ['txt', 'md'] as const) {
    it.each(headed)(`%s with headings (${format})`, (_name, document) => {
      expect(structure(reimported(document, format))).toEqual(JSON.parse(JSON.stringify(structure(document))));
    });
  }
});

/** Every paragraph of a rendering as a reader sees it: Markdown parsed back, its text without the markup. */
function paragraphsOf(text: string, format: RenderFormat): string[] {
  if (format === 'txt') return text.split('\n\n').map((p) => p.trim());
  const plain = (node: Nodes): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '');
  const out: string[] = [];
  const walk = (node: Nodes, prefix = '') => {
    if (node.type === 'paragraph' || node.type === 'heading') out.push(prefix + plain(node));
    else if (node.type === 'list' && node.ordered) node.children.forEach((item, i) => item.children.forEach((child, k) => walk(child, k === 0 ? `${(node.start ?? 1) + i}. ` : '')));
    else if ('children' in node) (node.children as Nodes[]).forEach((child) => walk(child));
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(text));
  return out;
}

describe('rendering the shipped partial texts (DPRK): official wording word for word, every summary marked as ours', () => {
  it.each(PARTIAL.map(({ name, document }) => [name, document] as const))('%s', (_name, document) => {
    const clauses = [...document.preamble, ...[...walkOperative(document)].map(({ clause }) => clause)];
    expect(clauses.length).toBeGreaterThan(0);
    for (const format of ['txt', 'md'] as const) {
      const paragraphs = paragraphsOf(renderedAs(document, format), format);
      let at = 0;
      for (const clause of clauses) {
        const found = paragraphs.findIndex((p, k) => k >= at && (clause.text !== undefined ? p.endsWith(clause.text) : p.includes(clause.summary!.text)));
        expect(found, `${format}: ${clause.id} is missing or out of order`).toBeGreaterThanOrEqual(0);
        const printed = paragraphs[found]!;
        expect(printed.includes(SUMMARY_MARK), `${format}: ${clause.id}`).toBe(clause.text === undefined);
        const number = 'number' in clause ? clause.number : undefined;
        // A number the sources only partly confirm (or do not) is said so before the words.
        const status = 'numberStatus' in clause ? clause.numberStatus : undefined;
        const mark = status === 'partly' ? '(Paragraph number partly confirmed.) ' : status === 'unconfirmed' ? '(Paragraph number not confirmed.) ' : '';
        if (clause.text !== undefined && typeof number === 'number') expect(printed).toBe(`${number}. ${mark}${clause.text}`);
        at = found + 1;
      }
    }
  });
});
