/**
 * Every kind of Word file bluedraft writes opens in LibreOffice: the rendering of every shipped
 * text (and of drafts in Arabic, Chinese and Russian), the comparison documents of the golden diff cases, and impact and regime reports, all
 * converted to PDF in one headless LibreOffice run with a private profile. Each must give a PDF.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRegime } from '../../../src/consolidate/load-regime.js';
import { consolidate } from '../../../src/consolidate/consolidate.js';
import { assessImpact } from '../../../src/consolidate/impact.js';
import { diffResolutions } from '../../../src/diff/diff-resolutions.js';
import { loadDocument } from '../../../src/load/load-document.js';
import { comparisonDocx } from '../../../src/render/docx/diff/comparison-docx.js';
import { resolutionDocx } from '../../../src/render/docx/resolution-docx.js';
import { reportDocx } from '../../../src/render/docx/report/report-docx.js';
import { impactReport, regimeReport } from '../../../src/render/report/index.js';
import { yamlFiles } from '../../support/yaml-files.js';
import { comparisonPairs } from './support/comparison-cases.js';

const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-soffice-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function produced(): Promise<string[]> {
  const files: Array<[string, Uint8Array]> = [];
  for (const file of [...yamlFiles('resolutions'), ...yamlFiles('examples'), ...yamlFiles('test/diff/fixtures')]) {
    const loaded = await loadDocument(file);
    if (!loaded.ok) throw new Error(`${file} does not load`);
    const result = resolutionDocx(loaded.loaded.document);
    if (!result.ok) throw new Error(`${file} has unsettled brackets`);
    files.push([`render-${path.basename(file, '.yaml')}`, result.bytes]);
  }
  comparisonPairs().forEach((pair, i) => files.push([`diff-${i}`, comparisonDocx(pair.old, pair.new, diffResolutions(pair.old, pair.new))]));
  const haiti = await loadRegime('haiti', path.resolve('resolutions'));
  files.push(['regime-haiti', reportDocx(regimeReport(consolidate(haiti.regime, '1993-10-19')))]);
  const draft = await loadDocument('resolutions/haiti/S-RES-873-1993.yaml');
  if (!draft.ok) throw new Error('873 does not load');
  const impact = assessImpact(draft.loaded, haiti.regime);
  if (!impact.ok) throw new Error('873 cannot be assessed');
  files.push(['impact-873', reportDocx(impactReport(impact.report))]);
  return files.map(([name, bytes]) => {
    const file = path.join(folder, `${name}.docx`);
    writeFileSync(file, bytes);
    return file;
  });
}

describe('Word files open in LibreOffice', () => {
  it('converts every produced .docx to PDF in one run', async () => {
    const inputs = await produced();
    const out = path.join(folder, 'pdf');
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...inputs], { stdio: 'ignore', timeout: 120_000 });
    const pdfs = new Set(readdirSync(out));
    for (const input of inputs) {
      const pdf = `${path.basename(input, '.docx')}.pdf`;
      expect(pdfs.has(pdf), pdf).toBe(true);
      expect(statSync(path.join(out, pdf)).size).toBeGreaterThan(1000);
    }
    expect(existsSync(out)).toBe(true);
  }, 180_000);
});
