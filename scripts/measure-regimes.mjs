// `npm run measure:regimes`: how right `bluedraft regime` is on real texts. For each regime with a
// gold (test/fixtures/regime-gold/*.yaml), imports the raw texts of test/fixtures/corpus-unsc/en/
// with no hand edit, consolidates them at each of the gold's dates with the built library
// (dist/), and prints per regime and overall: the gold measures in force, how many were found
// held by the right paragraph (count and share), and the measures wrongly shown in force, with
// every miss and false positive and its reason. Then, as a check of the gold and the comparison,
// the same scores for the curated files of resolutions/ (restricted to the resolutions they hold).
//
// Usage: node scripts/measure-regimes.mjs [--summary]   (after `npm run build`)
// Exit codes: 0 measured (whatever the score), 2 a gold file has problems or dist/ is missing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkQuotes, readGold } from './lib/regime-gold/gold-file.mjs';
import { formatScore, summaryLine } from './lib/regime-gold/report.mjs';
import { corpusFile, importTexts, scoreFolder } from './lib/regime-gold/run.mjs';
import { GOAL_SHARE } from './lib/regime-gold/score.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const goldDir = path.join(root, 'test/fixtures/regime-gold');
const corpusDir = path.join(root, 'test/fixtures/corpus-unsc/en');
const curatedDir = path.join(root, 'resolutions');
const summaryOnly = process.argv.includes('--summary');

const built = path.join(root, 'dist/index.js');
if (!existsSync(built)) {
  console.error('measure-regimes: dist/index.js is missing\n    fix: run `npm run build` first (or `npm run measure:regimes`, which builds)');
  process.exit(2);
}
const api = await import(pathToFileURL(built).href);
const vocabulary = { kinds: api.MEASURE_KINDS, commodityKinds: api.COMMODITY_MEASURES, commodities: api.COMMODITIES };

/** Reads every gold file; stops with every problem listed if one is wrong. */
function readGolds() {
  const problems = [];
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const result = readGold(readFileSync(path.join(goldDir, f), 'utf8'), path.relative(root, path.join(goldDir, f)), vocabulary);
      problems.push(...result.problems);
      const texts = new Map(result.gold.texts.map((n) => [n, readFileSync(corpusFile(corpusDir, n), 'utf8')]));
      problems.push(...checkQuotes(result.gold, (n) => texts.get(n)));
      return result.gold;
    });
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(2);
  }
  return golds;
}

/** @param {Array<Awaited<ReturnType<typeof scoreFolder>>>} scores */
function overall(scores) {
  const inForce = scores.reduce((n, s) => n + s.totals.inForce, 0);
  const found = scores.reduce((n, s) => n + s.totals.found, 0);
  const wrong = scores.reduce((n, s) => n + s.totals.wrong, 0);
  const share = inForce === 0 ? 1 : found / inForce;
  const met = scores.filter((s) => s.totals.meetsGoal).length;
  return `overall: ${found}/${inForce} in force found with the right holding paragraph (${(share * 100).toFixed(1)}%), ${wrong} wrongly in force; goal (≥ ${GOAL_SHARE * 100}% found, none wrongly in force) met by ${met} of ${scores.length} regimes`;
}

/** @param {string} heading @param {Array<Awaited<ReturnType<typeof scoreFolder>>>} scores */
function print(heading, scores) {
  console.log(`\n== ${heading}\n`);
  for (const score of scores) console.log(summaryOnly ? summaryLine(score) : `${formatScore(score)}\n`);
  console.log(overall(scores));
}

const golds = readGolds();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'bluedraft-measure-'));
try {
  const raw = [];
  let importErrors = 0;
  for (const gold of golds) {
    const folder = mkdtempSync(path.join(scratch, `${gold.regime}-`));
    const imported = importTexts(api, gold, { corpusDir, outDir: folder, schemaPath: path.relative(folder, path.join(root, 'schemas/resolution.schema.json')) });
    importErrors += imported.importErrors;
    raw.push(await scoreFolder(api, gold, folder));
  }
  print(`Raw texts imported with no hand edit (${golds.reduce((n, g) => n + g.texts.length, 0)} texts, ${importErrors} import errors)`, raw);
  const curated = [];
  for (const gold of golds) if (existsSync(path.join(curatedDir, gold.regime))) curated.push(await scoreFolder(api, gold, path.join(curatedDir, gold.regime), { onlyPresent: true }));
  print('Check of the gold and the comparison: the curated files of resolutions/, on the measures of the resolutions they hold', curated);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
