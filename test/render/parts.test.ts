import path from 'node:path';
import type { Heading, Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ResolutionDocument } from '../../src/model/document.js';
import { loadedDocument } from '../support/loaded-document.js';
import { renderedAs } from '../support/rendered-as.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/parts');

const load = (name: string): ResolutionDocument => loadedDocument(path.join(FIXTURES, name));

/** The plain text's blocks, each cut to its first words: enough to see the layout. */
const blocks = (text: string) => text.trimEnd().split('\n\n').map((block) => block.split(' ').slice(0, 2).join(' '));

/** The Markdown's top-level nodes: headings as "## A", paragraphs by their first words, lists by their numbers. */
function outline(markdown: string): string[] {
  const plain = (node: Nodes): string => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? (node.children as Nodes[]).map(plain).join('') : '');
  return unified()
    .use(remarkParse)
    .parse(markdown)
    .children.map((node) => {
      if (node.type === 'heading') return `${'#'.repeat((node as Heading).depth)} ${plain(node)}`;
      if (node.type === 'list') return `list ${node.start}–${(node.start ?? 1) + node.children.length - 1}`;
      return plain(node).split(' ').slice(0, 2).join(' ');
    });
}

describe('render: a text in parts with a preamble each (S/RES/161 (1961))', () => {
  const document = load('S-RES-161-1961.yaml');

  it('plain text: each part label alone, then "The Security Council," and its own preamble; no opening above part A', () => {
    expect(blocks(renderedAs(document, 'txt'))).toEqual([
      'RESOLUTION 161', 'Adopted by',
      'A', 'The Security', 'Having considered', 'Having learnt', 'Deeply concerned', 'Noting the', '1. Urges', '2. Urges', '3. Calls', '4. Decides', '5. Reaffirms',
      'B', 'The Security', 'Gravely concerned', 'Noting with', 'Recognizing the', 'Convinced that', 'Convinced further', '1. Urges', '2. Urges', '3. Calls',
      'Adopted at',
    ]);
  });

  it('Markdown: `## A`, then the opening, the preamble and a list that starts again at 1 in part B', () => {
    expect(outline(renderedAs(document, 'md'))).toEqual([
      '# Resolution 161 (1961)', 'Adopted by',
      '## A', 'The Security', 'Having considered', 'Having learnt', 'Deeply concerned', 'Noting the', 'list 1–5',
      '## B', 'The Security', 'Gravely concerned', 'Noting with', 'Recognizing the', 'Convinced that', 'Convinced further', 'list 1–3',
      'Adopted at',
    ]);
  });
});

describe('render: a common preamble, then parts of operative paragraphs only (S/RES/101 (1953))', () => {
  const document = load('S-RES-101-1953.yaml');

  it('plain text: one opening at the top; the parts follow with their labels alone', () => {
    expect(blocks(renderedAs(document, 'txt'))).toEqual([
      'RESOLUTION 101', 'Adopted by', 'The Security', 'Recalling its', 'Noting the',
      'A', '1. Finds', '2. Expresses', 'B', '1. Takes', '2. Recalls', '3. Calls', 'C', '1. Reaffirms', '2. Emphasizes', '3. Requests', '4. Requests',
      'Adopted at',
    ]);
  });

  it('Markdown: each part a `##` heading over its own list', () => {
    expect(outline(renderedAs(document, 'md'))).toEqual([
      '# Resolution 101 (1953)', 'Adopted by', 'The Security', 'Recalling its', 'Noting the',
      '## A', 'list 1–2', '## B', 'list 1–3', '## C', 'list 1–4', 'Adopted at',
    ]);
  });
});

describe('render: parts with a title and numbering that runs on (hypothetical draft)', () => {
  const document = load('draft-parts-running-on.yaml');

  it('plain text: the title on its own line after the label; subparagraphs and numbers as stored', () => {
    expect(blocks(renderedAs(document, 'txt'))).toEqual([
      'Draft resolution', '16 December', 'The Security', 'Recalling its', 'Determining that',
      'A', 'Arms embargo', '1. Decides', '(a) prevent', '(b) prevent', '2. Decides',
      'B', 'The Security', 'Noting the', '3. Requests', '4. Decides',
    ]);
  });

  it('Markdown: `## A`, then the title as the `###` heading after it; the list runs on from 3 in part B', () => {
    expect(outline(renderedAs(document, 'md'))).toEqual([
      '# Draft resolution', '16 December', 'The Security', 'Recalling its', 'Determining that',
      '## A', '### Arms embargo', 'list 1–2', '## B', 'The Security', 'Noting the', 'list 3–4',
    ]);
  });

  it('prints every word of every paragraph once, whichever part it is in', () => {
    const text = renderedAs(document, 'txt');
    for (const paragraph of [...document.preamble, ...document.operative]) expect(text.split(paragraph.text!).length, paragraph.id).toBe(2);
  });

  it('keeps a paragraph whose part is not declared (validation reports it), after the declared parts', () => {
    const stray = structuredClone(document);
    stray.operative[3]!.part = 'part_x';
    expect(blocks(renderedAs(stray, 'txt')).slice(-3)).toEqual(['3. Requests', 'part_x', '4. Decides']);
  });

  it('an undivided text renders as before: no part label, one opening', () => {
    const undivided = structuredClone(document);
    delete undivided.parts;
    for (const paragraph of [...undivided.preamble, ...undivided.operative]) delete paragraph.part;
    expect(blocks(renderedAs(undivided, 'txt'))).toEqual([
      'Draft resolution', '16 December', 'The Security', 'Recalling its', 'Determining that', 'Noting the',
      '1. Decides', '(a) prevent', '(b) prevent', '2. Decides', '3. Requests', '4. Decides',
    ]);
  });
});
