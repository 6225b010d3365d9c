import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../src/import/akn/import-akn.js';
import { loadText } from '../../src/load/load-document.js';
import { checkAknSchema } from '../../src/validate/xml/check-akn-schema.js';
import { aknXml } from '../support/akn-xml.js';
import { loadedDocument } from '../support/loaded-document.js';
import { yamlFiles } from '../support/yaml-files.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every shipped resolution and draft, the hypothetical drafts of the examples, and the texts divided into parts. */
const FILES = [...yamlFiles(path.join(ROOT, 'resolutions')), ...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test/fixtures/parts'))].map((file) => ({ name: path.relative(ROOT, file), document: loadedDocument(file) }));

describe('Akoma Ntoso: every shipped file', () => {
  it('covers every file under resolutions/ and some divided into parts', () => {
    expect(FILES.filter((f) => f.name.startsWith('resolutions/')).length).toBe(yamlFiles(path.join(ROOT, 'resolutions')).length);
    expect(FILES.filter((f) => f.name.startsWith('resolutions/')).length).toBeGreaterThanOrEqual(23);
    expect(FILES.some((f) => (f.document.parts?.length ?? 0) > 0)).toBe(true);
  });

  it.each(FILES)('$name is valid Akoma Ntoso 3.0 (official schema, xmllint)', ({ name, document }) => {
    expect(checkAknSchema(name, aknXml(document))).toEqual([]);
  });

  it.each(FILES)('$name comes back exactly: YAML → AKN → YAML', ({ name, document }) => {
    const back = importAkn(aknXml(document), { file: `${name}.xml`, schemaPath: '../../schemas/resolution.schema.json' });
    expect(back.ok && back.diagnostics).toEqual([]);
    if (!back.ok) return;
    const reloaded = loadText(name, back.yaml);
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) expect(reloaded.loaded.document).toEqual(document);
  });
});

describe('Akoma Ntoso: what the statement says, in the standard\'s terms', () => {
  const resolution = FILES.find((f) => f.name === 'resolutions/haiti/S-RES-841-1993.yaml')!.document;
  const xml = aknXml(resolution);

  it('is a statement named resolution, addressed as AKN4UN says', () => {
    expect(xml).toContain('<statement name="resolution" contains="originalVersion">');
    expect(xml).toContain('<FRBRthis value="/akn/un/statement/deliberation/un-sc/1993-06-16/841/!main"/>');
    expect(xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/un-sc/1993-06-16/841/eng@1993-06-16"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(xml).toContain('<FRBRnumber value="841" showAs="S/RES/841 (1993)"/>');
    expect(xml).toContain('<formula name="enactingFormula">');
  });

  it('names paragraphs by the convention, so that citations reach them, and marks citations as refs', () => {
    expect(xml).toMatch(/<paragraph eId="para_3"[^>]*>\s*<num>3\.<\/num>/);
    const cited = FILES.find((f) => f.name === 'resolutions/haiti/S-RES-861-1993.yaml')!.document;
    expect(aknXml(cited)).toContain('<ref href="/akn/un/statement/deliberation/un-sc/1993/841/!main#para_5">');
  });

  it('records effects as active modifications from the clause to what it acts on', () => {
    const cited = aknXml(FILES.find((f) => f.name === 'resolutions/haiti/S-RES-861-1993.yaml')!.document);
    expect(cited).toMatch(/<efficacyMod eId="mod_1" type="inapplication" bd:data='\{"action":"suspend"[^']*'>\s*<source href="#para_1"\/>\s*<destination href="\/akn\/un\/statement\/deliberation\/un-sc\/1993\/841\/!main#para_5"\/>/);
  });

  it('dates an effect\'s efficacy with a lifecycle event and a period, as Akoma Ntoso does', () => {
    expect(xml).toContain('<eventRef eId="evt_1993-06-23" date="1993-06-23" source="#bluedraft"/>');
    expect(xml).toMatch(/<timeInterval start="#evt_1993-06-23" refersTo="#efficacy"\/>/);
    expect(xml).toMatch(/<scopeMod eId="mod_1"[^>]*>(?:\s*<(?:source|destination) [^>]*\/>)+\s*<efficacy period="#period_1993-06-23"\/>/);
  });

  it('marks summaries as not the Council\'s words, in the markup and in words', () => {
    const summarised = aknXml(FILES.find((f) => f.name === 'resolutions/dprk/S-RES-2270-2016.yaml')!.document);
    expect(summarised).toMatch(/<p class="editorialSummary" refersTo="#editorialSummary"><span class="editorialMark">Editorial summary, not the official text:<\/span> /);
  });

  it('calls a draft a resolutionDraft, addressed by its symbol or, without one, as a draft of its date', () => {
    const document = FILES.find((f) => f.name === 'resolutions/dprk/draft-2019-12-16-cn-ru.yaml')!.document;
    expect(document.symbol).toBeUndefined();
    const draft = aknXml(document);
    expect(draft).toContain('<statement name="resolutionDraft"');
    expect(draft).toContain('<FRBRuri value="/akn/un/statement/deliberation/un-sc/2019-12-16/draft"/>');
    expect(draft).toContain('<FRBRdate date="2019-12-16" name="circulated"/>');
    expect(draft).not.toContain('name="adoption"');
    expect(aknXml({ ...document, symbol: 'S/2019/961' })).toContain('<FRBRuri value="/akn/un/statement/deliberation/un-sc/2019-12-16/S-2019-961"/>');
  });
});
