import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importResolution, readProvenance } from '../../src/import/import-resolution.js';
import { valueAt } from '../../src/edit/edit-plan.js';
import { loadText } from '../../src/load/load-document.js';
import type { Correction, ResolutionDocument } from '../../src/model/document.js';
import { allClauseIds } from '../../src/model/paragraph-path.js';
import { layoutDocument } from '../../src/render/document/layout.js';
import { printedText } from '../../src/render/document/plain-text.js';
import { joinLines } from '../../src/text/join-lines.js';
import { renderedText } from '../support/rendered-text.js';
import { yamlFiles } from '../support/yaml-files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RESOLUTIONS = path.join(ROOT, 'resolutions');

function load(file: string): ResolutionDocument {
  const result = loadText(file, readFileSync(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.loaded.document;
}

const FULL_TEXTS = yamlFiles(RESOLUTIONS)
  .map((file) => ({ file, document: load(file) }))
  .filter(({ document }) => document.completeness === 'full' && document.source?.file?.endsWith('.txt'));

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The source's body, from the line after "The Security Council," on, with lines joined and hyphenation removed. */
function sourceBody(file: string, document: ResolutionDocument): { header: string; body: string[] } {
  const source = path.resolve(path.dirname(file), document.source!.file!);
  const lines = readFileSync(source, 'utf8').split('\n').map((text, k) => ({ text, line: k + 1 }));
  const rest = lines.slice(readProvenance(lines).length).map((l) => l.text);
  const opening = rest.findIndex((l) => /^The Security Council,\s*$/.test(l.trim()));
  return { header: joinLines(rest.slice(0, opening)).text, body: words(joinLines(rest.slice(opening)).text) };
}

/** The body as `bluedraft render` prints it, from "The Security Council," on, paragraph by paragraph, with the clause each paragraph prints. */
function printedBody(document: ResolutionDocument): Array<{ text: string; clause?: { id: string; corrections?: Correction[] } }> {
  const clauses = new Map([...allClauseIds(document)].map(({ id, at }) => [id, valueAt(document, at) as { id: string; corrections?: Correction[] }]));
  const { blocks } = layoutDocument(document);
  return blocks.slice(blocks.findIndex((block) => block.kind === 'opening')).flatMap((block) => {
    const text = printedText(block);
    if (text === undefined) return [];
    const clause = 'id' in block ? clauses.get(block.id) : undefined;
    return clause ? [{ text, clause }] : [{ text }];
  });
}

/** The document's body as printed, with every recorded correction undone, and the trailing source text kept in notes. */
function printedAsSource(document: ResolutionDocument): string[] {
  const printed = printedBody(document).map(({ text, clause }) => {
    let out = text;
    for (const correction of clause?.corrections ?? []) {
      const at = out.indexOf(correction.corrected);
      expect(at, `correction "${correction.corrected}" in ${clause!.id}`).toBeGreaterThanOrEqual(0);
      out = out.slice(0, at) + correction.original + out.slice(at + correction.corrected.length);
    }
    return out;
  });
  const trailing = (document.notes ?? []).flatMap((note) => /^Source text after the vote line, not part of the resolution: "(.*)"$/.exec(note)?.slice(1) ?? []);
  return words([...printed, ...trailing].join(' '));
}

describe('the shipped full texts', () => {
  it('include the 12 full texts of Haiti, Southern Rhodesia and Libya', () => {
    const names = FULL_TEXTS.map(({ file }) => path.basename(file, '.yaml')).sort();
    for (const name of ['S-RES-841-1993', 'S-RES-861-1993', 'S-RES-873-1993', 'S-RES-875-1993', 'S-RES-221-1966', 'S-RES-232-1966', 'S-RES-253-1968', 'S-RES-277-1970', 'S-RES-409-1977', 'S-RES-460-1979', 'S-RES-748-1992', 'S-RES-883-1993']) {
      expect(names).toContain(name);
    }
  });

  it.each(FULL_TEXTS.map(({ file, document }) => [path.relative(ROOT, file), file, document] as const))('%s equals its source word for word (apart from joined lines, hyphenation and recorded corrections)', (_name, file, document) => {
    const { header, body } = sourceBody(file, document);
    expect(printedAsSource(document)).toEqual(body);
    expect(header).toMatch(new RegExp(`${document.number} \\(${document.year}\\)`));
  });

  it.each(FULL_TEXTS.map(({ file, document }) => [path.relative(ROOT, file), document] as const))('%s round-trips: rendered as plain text and imported again, it gives the same clauses, ids and references', (_name, document) => {
    const again = importResolution(renderedText(document), { file: 'rendered.txt', format: 'text', schemaPath: 'schema.json' }).document;
    const clauses = (d: ResolutionDocument) => [...allClauseIds(d)].map(({ id }) => id);
    expect(clauses(again)).toEqual(clauses(document));
    const strip = (d: ResolutionDocument) => JSON.parse(JSON.stringify({ preamble: d.preamble, operative: d.operative, annexes: d.annexes ?? [] }), (key, value) =>
      ['effects', 'measures', 'note', 'corrections', 'heading'].includes(key) ? undefined : value);
    expect(strip(again)).toEqual(strip(document));
    expect({ number: again.number, year: again.year, meeting: again.meeting, adopted: again.dates?.adopted }).toEqual({ number: document.number, year: document.year, meeting: document.meeting, adopted: document.dates?.adopted });
  });

  it('the word-for-word comparison notices a changed word and an undeclared correction', () => {
    const { file, document } = FULL_TEXTS.find(({ file }) => file.endsWith('S-RES-873-1993.yaml'))!;
    const { body } = sourceBody(file, document);
    const changed = structuredClone(document);
    changed.operative[0]!.text = changed.operative[0]!.text!.replace('terminate', 'end');
    expect(printedAsSource(changed)).not.toEqual(body);
    const undeclared = structuredClone(document);
    delete undeclared.preamble[0]!.corrections;
    expect(printedAsSource(undeclared)).not.toEqual(body);
  });

  it('keep no inferred effect: every effect has been checked by hand', () => {
    for (const { file, document } of FULL_TEXTS) {
      for (const paragraph of document.operative) for (const effect of paragraph.effects ?? []) expect(effect.inferred, `${file} ${paragraph.id}`).toBeUndefined();
    }
  });
});
