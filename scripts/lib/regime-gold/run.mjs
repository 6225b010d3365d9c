// Runs bluedraft on a regime's texts as a new user would (import each text with --regime and no
// hand edit, then consolidate at each of the gold's dates) and scores the result. The API is
// passed in, so that the test runs the sources (src/) and the measurement script the build (dist/).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { restrictGold, scoreDate, totals } from './score.mjs';

/** @typedef {import('./gold-file.mjs').Gold} Gold */
/**
 * The part of bluedraft's library the measurement uses (src/index.ts exports all of it).
 * @typedef {object} BluedraftApi
 * @property {(input: string, options: { file: string, format: 'text' | 'md', regime?: string, schemaPath: string }) => { yaml: string, diagnostics: Array<{ severity: string }> }} importResolution
 * @property {(id: string, folder: string) => Promise<{ regime: { documents: Array<{ key: string }> }, diagnostics: Array<{ file?: string, code?: string, severity: string, message: string }> }>} loadRegime
 * @property {(regime: any, asOf: string) => import('./score.mjs').ShownState} consolidate
 */

/**
 * The corpus file of a resolution: `S_RES_0841_1993_EN_GOLD.txt` for 841.
 * @param {string} corpusDir
 * @param {number} resolution
 */
export function corpusFile(corpusDir, resolution) {
  const prefix = `S_RES_${String(resolution).padStart(4, '0')}_`;
  const name = readdirSync(corpusDir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`${corpusDir}: no text of resolution ${resolution} (${prefix}*.txt)`);
  return path.join(corpusDir, name);
}

/**
 * Imports every text of the gold's regime into `outDir`, with no hand edit.
 * @param {BluedraftApi} api
 * @param {Gold} gold
 * @param {{ corpusDir: string, outDir: string, schemaPath: string }} where
 * @returns {{ files: string[], importErrors: number }}
 */
export function importTexts(api, gold, where) {
  const files = [];
  let importErrors = 0;
  for (const resolution of gold.texts) {
    const source = corpusFile(where.corpusDir, resolution);
    const result = api.importResolution(readFileSync(source, 'utf8'), { file: path.basename(source), format: 'text', regime: gold.regime, schemaPath: where.schemaPath });
    importErrors += result.diagnostics.filter((d) => d.severity === 'error').length;
    const out = path.join(where.outDir, `${path.basename(source, '.txt')}.yaml`);
    writeFileSync(out, result.yaml);
    files.push(out);
  }
  return { files, importErrors };
}

/**
 * Consolidates the regime found in `folder` at each of the gold's dates and scores each date.
 * With `onlyPresent`, the gold is restricted to the measures of the resolutions the folder holds.
 * @param {BluedraftApi} api
 * @param {Gold} gold
 * @param {string} folder
 * @param {{ onlyPresent?: boolean }} [options]
 */
export async function scoreFolder(api, gold, folder, options = {}) {
  const loaded = await api.loadRegime(gold.regime, folder);
  const present = new Set(loaded.regime.documents.map((d) => Number.parseInt(d.key, 10)));
  const scored = options.onlyPresent ? restrictGold(gold, present) : gold;
  const dates = scored.asOf.map((asOf) => scoreDate(scored, asOf, api.consolidate(loaded.regime, asOf.date)));
  const skipped = loaded.diagnostics.filter((d) => d.code === 'skipped-file').map((d) => d.file ?? d.message);
  return { regime: gold.regime, title: gold.title, documents: present.size, skipped, dates, totals: totals(dates) };
}
