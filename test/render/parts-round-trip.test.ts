import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolutionDocument, Subparagraph } from '../../src/model/document.js';
import { importedText } from '../support/imported-text.js';
import { loadedDocument } from '../support/loaded-document.js';
import { reimported } from '../support/reimported.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/parts');
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus-unsc/en');
const NAMES = ['S-RES-161-1961.yaml', 'S-RES-101-1953.yaml', 'draft-parts-running-on.yaml'];

const load = (name: string): ResolutionDocument => loadedDocument(path.join(FIXTURES, name));

/** A document without its `notes`: what the source held outside the resolution (footnotes after the vote), which render does not print. */
function withoutNotes(document: ResolutionDocument): ResolutionDocument {
  const { notes: _notes, ...rest } = document;
  return rest;
}

/**
 * All that the rendering prints: the parts, each paragraph's part, id, number, text and
 * subparagraphs, the opening, the header facts and the vote (for a full text, the importer's
 * conventional ids are the ids: part_a, op_1, op_1__a).
 */
function structure(document: ResolutionDocument): unknown {
  const sub = (s: Subparagraph): unknown => ({ id: s.id, number: s.number, text: s.text, subparagraphs: s.subparagraphs?.map(sub) });
  return JSON.parse(
    JSON.stringify({
      parts: document.parts,
      opening: document.opening,
      preamble: document.preamble.map((p) => ({ id: p.id, part: p.part, text: p.text })),
      operative: document.operative.map((p) => ({ id: p.id, part: p.part, number: p.number, heading: p.heading, text: p.text, subparagraphs: p.subparagraphs?.map(sub) })),
      completeness: document.completeness,
      header: { kind: document.kind, number: document.number, year: document.year, meeting: document.meeting, dates: document.dates, record: document.vote?.record },
    }),
  );
}

describe('parts A, B, C: render → import gives back the same document', () => {
  for (const format of ['txt', 'md'] as const) {
    it.each(NAMES)(`%s (${format})`, (name) => {
      const document = load(name);
      expect(structure(reimported(document, format))).toEqual(structure(document));
    });
  }
});

/** A partial text in parts, with a title of ours and ids that are not the conventional ones: the editorial marks carry the ids. */
function editorial(document: ResolutionDocument): ResolutionDocument {
  const copy = structuredClone(document);
  copy.title = 'A title of ours';
  copy.completeness = 'partial';
  copy.preamble[0]!.id = 'pp_recalling';
  copy.operative[1]!.id = 'op_second';
  return copy;
}

describe('parts A, B, C: a partial text in parts, with editorial marks, gives back the same document', () => {
  for (const format of ['txt', 'md'] as const) {
    it.each(NAMES)(`%s (${format})`, (name) => {
      const document = editorial(load(name));
      expect(structure(reimported(document, format))).toEqual(structure(document));
    });
  }
});

describe('parts A, B, C: a real text in parts, imported, rendered and imported again, gives the same document', () => {
  for (const format of ['txt', 'md'] as const) {
    it.each(['S_RES_0161_1961_EN_GOLD.txt', 'S_RES_0101_1953_EN_GOLD.txt'])(`%s (${format})`, (name) => {
      const first = importedText(readFileSync(path.join(CORPUS, name), 'utf8'), name);
      expect(first.parts?.length).toBeGreaterThanOrEqual(2);
      expect(withoutNotes(reimported(first, format))).toEqual(withoutNotes(first));
    });
  }
});
