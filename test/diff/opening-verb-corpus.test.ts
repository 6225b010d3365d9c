/**
 * The opening verbs of the real resolutions in resolutions/: every operative paragraph whose
 * official wording is known from its first word must open with a verb the lexicon knows, so that
 * a change of that verb is reported with its force. Driven by the files, not by a list of verbs.
 */
import { describe, expect, it } from 'vitest';
import { openingVerb } from '../../src/diff/opening-verb.js';
import { loadDocument } from '../../src/load/load-document.js';
import type { LanguageCode } from '../../src/model/document.js';
import { walkOperative } from '../../src/model/paragraph-path.js';
import { yamlFiles } from '../support/yaml-files.js';

/**
 * Official wording quoted from inside a paragraph ("…except for small arms", "shall not supply"):
 * the paragraph's opening is not known, so neither is its verb.
 */
const FRAGMENT = /^(?:…|\.\.\.|\p{Ll})/u;

interface Opening {
  file: string;
  id: string;
  text: string;
  language: LanguageCode;
  fragment: boolean;
  full: boolean;
}

const FILES = yamlFiles('resolutions');

const OPENINGS: Opening[] = [];
for (const file of FILES) {
  const result = await loadDocument(file);
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.diagnostics)}`);
  const { document } = result.loaded;
  for (const { clause, depth } of walkOperative(document)) {
    if (depth > 0 || clause.text === undefined) continue;
    OPENINGS.push({ file, id: clause.id, text: clause.text, language: document.language, fragment: FRAGMENT.test(clause.text.trimStart()), full: document.completeness === 'full' });
  }
}

describe('opening verbs of the operative paragraphs in resolutions/', () => {
  it('reads a corpus of real paragraphs', () => {
    expect(FILES.length).toBeGreaterThan(10);
    expect(OPENINGS.filter((o) => !o.fragment).length).toBeGreaterThan(100);
  });

  it('finds fragments only in documents that do not give the full text', () => {
    expect(OPENINGS.filter((o) => o.fragment && o.full).map((o) => `${o.file} ${o.id}`)).toEqual([]);
  });

  it('recognises the opening verb of every paragraph known from its first word, and gives it a force', () => {
    const unknown = OPENINGS.filter((o) => !o.fragment && openingVerb(o.text, o.language) === undefined).map((o) => `${o.file} ${o.id}: ${o.text.slice(0, 40)}`);
    expect(unknown).toEqual([]);
    for (const o of OPENINGS.filter((o) => !o.fragment)) {
      const verb = openingVerb(o.text, o.language)!;
      expect(['binding', 'non-binding']).toContain(verb.force);
      // The verb is read from the paragraph's first words, as printed.
      expect(o.text.startsWith(verb.text)).toBe(true);
    }
  });
});
