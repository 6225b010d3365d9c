import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { assessImpact, consolidate, diffResolutions, importResolution, loadDocument, loadRegime, renderDiffReport, renderDocument, renderRegimeReport, validateFiles } from '../../src/index.js';

describe('the library', () => {
  it('exports each stage of the flow and none of its internals', () => {
    for (const name of ['loadDocument', 'validateFiles', 'importResolution', 'diffResolutions', 'loadRegime', 'consolidate', 'assessImpact', 'renderDocument', 'renderRegimeReport']) {
      expect(typeof (library as Record<string, unknown>)[name], name).toBe('function');
    }
    for (const name of ['walkOperative', 'findByPath', 'describeProvision', 'collectiveReach', 'expandParagraphs', 'allClauseIds']) {
      expect(library, name).not.toHaveProperty(name);
    }
  });

  it('runs load → validate → import → diff → consolidate → render as src/pipeline.ts shows', async () => {
    const first = await loadDocument('resolutions/haiti/S-RES-841-1993.yaml');
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics));
    expect((await validateFiles(['resolutions/haiti/S-RES-841-1993.yaml'])).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const text = readFileSync('test/fixtures/corpus-unsc/en/S_RES_0841_1993_EN_GOLD.txt', 'utf8');
    const imported = importResolution(text, { file: 'S_RES_0841_1993_EN_GOLD.txt', format: 'text', regime: 'haiti', schemaPath: '../schemas/resolution.schema.json' });
    expect(imported.document.operative.length).toBe(first.loaded.document.operative.length);

    const diff = diffResolutions(first.loaded.document, imported.document);
    expect(renderDiffReport(diff)).toMatch(/^# /);

    const { regime, diagnostics } = await loadRegime('haiti', 'resolutions');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const state = consolidate(regime, '1993-07-01');
    expect(state.measures.some((measure) => measure.status === 'in-force')).toBe(true);
    expect(renderRegimeReport(state)).toContain('Asset freeze: resolution 841 (1993), paragraph 8');

    const impact = assessImpact(first.loaded, regime, '1993-07-01');
    expect(impact.ok).toBe(true);

    const rendered = renderDocument(first.loaded.document, { format: 'md' });
    expect(rendered.ok && rendered.text).toContain(first.loaded.document.operative[0]!.text!.split(' ').slice(1, 6).join(' '));
  });
});
