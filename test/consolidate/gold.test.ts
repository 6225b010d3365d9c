// The acceptance test of issue 11: each regime's raw texts, imported with no hand edit and
// consolidated, against a gold read from the same texts by a person (test/fixtures/regime-gold/).
// Goal per regime: at least 90% of the measures in force found with the right holding paragraph,
// none wrongly in force. The comparison is shared with `npm run measure:regimes`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { consolidate } from '../../src/consolidate/consolidate.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { importResolution } from '../../src/import/import-resolution.js';
import { COMMODITIES, COMMODITY_MEASURES, MEASURE_KINDS } from '../../src/model/measures.js';
import { checkQuotes, readGold } from '../../scripts/lib/regime-gold/gold-file.mjs';
import { formatScore } from '../../scripts/lib/regime-gold/report.mjs';
import { corpusFile, importTexts, scoreFolder } from '../../scripts/lib/regime-gold/run.mjs';
import { codeMatches, scoreDate } from '../../scripts/lib/regime-gold/score.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const GOLD_DIR = path.join(ROOT, 'test/fixtures/regime-gold');
const CORPUS = path.join(ROOT, 'test/fixtures/corpus-unsc/en');
const VOCABULARY = { kinds: MEASURE_KINDS, commodityKinds: COMMODITY_MEASURES, commodities: COMMODITIES };
const API = { importResolution, loadRegime, consolidate };
const REGIMES = ['southern-rhodesia', 'libya', 'haiti'];

function goldOf(name: string) {
  const file = path.join(GOLD_DIR, `${name}.yaml`);
  return readGold(readFileSync(file, 'utf8'), path.relative(ROOT, file), VOCABULARY);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'bluedraft-gold-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the comparison with the gold', () => {
  const { gold, problems } = readGold(
    [
      'regime: test',
      'texts: [1, 2]',
      'measures:',
      '  1/2(a): { codes: [supply-ban:petroleum], alternates: [1/2], quote: oil }',
      '  1/3: { codes: [asset-freeze], quote: freeze }',
      'tolerated:',
      '  1/9: { why: a committee, quote: committee }',
      'notMeasures:',
      '  2/1: { why: a call, quote: calls upon }',
      'asOf:',
      '  - date: 1990-01-02',
      '    inForce: [1/2(a)]',
      '    pending: [{ measures: [1/3], by: 1/1, condition: on 1 February, quote: on 1 February }]',
    ].join('\n'),
    'mini.yaml',
    VOCABULARY,
  );
  const measure = (paragraph: string, status: string, measures: string[], resolution = '1 (1990)') => ({ key: `${resolution}#${paragraph}`, provision: { resolution, paragraph }, measures, status });
  const pendingBy = (clause: string) => ({ ...measure('3', 'pending', ['asset-freeze']), scheduled: [{ by: { resolution: '1 (1990)', paragraph: clause } }] });

  it('reads a well-formed gold without problems', () => {
    expect(problems).toEqual([]);
  });

  it('finds a measure held by the gold paragraph, an alternate or a subparagraph of one, with codes that overlap', () => {
    for (const paragraph of ['2(a)', '2', '2(a)(i)', '2(b)']) {
      const score = scoreDate(gold, gold.asOf[0]!, { measures: [measure(paragraph, 'in-force', ['supply-ban:petroleum', 'arms-embargo']), pendingBy('1')] });
      expect(score.found, paragraph).toEqual(['1/2(a)']);
      expect(score.wrong, paragraph).toEqual([]);
      expect(score.pending).toEqual({ expected: 1, shown: 1, off: [] });
    }
  });

  it('misses a measure shown with other codes, held elsewhere, or not in force', () => {
    const cases = [measure('2(a)', 'in-force', ['arms-embargo']), measure('4', 'in-force', ['supply-ban:petroleum']), measure('2(a)', 'suspended', ['supply-ban:petroleum'])];
    for (const shown of cases) expect(scoreDate(gold, gold.asOf[0]!, { measures: [shown] }).found).toEqual([]);
  });

  it('counts as wrongly in force a pending measure, a call, and a paragraph the gold does not hold, but not a tolerated provision', () => {
    const score = scoreDate(gold, gold.asOf[0]!, {
      measures: [measure('3', 'in-force', ['asset-freeze']), measure('1', 'in-force', [], '2 (1990)'), measure('7', 'in-force', []), measure('9', 'in-force', ['committee'])],
    });
    expect(score.wrong.map((w) => [w.shown, w.reason])).toEqual([
      ['1/3', 'pending by 1/1 (on 1 February)'],
      ['2/1', 'not a measure: a call'],
      ['1/7', 'not a measure (nothing in the gold)'],
    ]);
    expect(score.pending.off).toEqual([{ key: '1/3', reason: 'shown 1/3 in-force' }]);
  });

  it('checks every quote against the text of the resolution it cites, across line breaks and punctuation', () => {
    const texts: Record<number, string> = { 1: '1. On 1 February, all\nStates shall stop the supply of oil; and freeze funds. 9. A committee', 2: '1. Calls upon all States' };
    expect(checkQuotes(gold, (n) => texts[n])).toEqual([]);
    texts[2] = '1. Urges all States';
    expect(checkQuotes(gold, (n) => texts[n])).toEqual(['mini.yaml: notMeasures.2/1: the quote is not in the text of resolution 2 (2/1): "calls upon"']);
  });

  it('takes a measure for pending only where the clause the gold names sets its entry into force', () => {
    expect(scoreDate(gold, gold.asOf[0]!, { measures: [pendingBy('4')] }).pending.off).toEqual([{ key: '1/3', reason: 'pending, but nothing shown by 1/1' }]);
  });

  it('matches codes of the same kind where one names no commodity or all commodities', () => {
    expect([codeMatches('supply-ban:petroleum', 'supply-ban'), codeMatches('supply-ban:all-commodities', 'supply-ban:petroleum'), codeMatches('supply-ban:petroleum', 'supply-ban:arms'), codeMatches('supply-ban:petroleum', 'export-ban:petroleum')]).toEqual([true, true, false, false]);
  });

  it('reports a gold that cites measures it does not define, or codes outside the vocabulary, at their place', () => {
    const bad = readGold('regime: x\ntexts: [1]\nmeasures:\n  1/2: { codes: [oil-ban], quote: q }\nasOf:\n  - { date: 1990-13, inForce: [1/3] }\n', 'bad.yaml', VOCABULARY);
    expect(bad.problems).toEqual([
      'bad.yaml: measures.1/2.codes: "oil-ban" is not a code of src/model/measures.ts',
      'bad.yaml: asOf[0].date: "1990-13" is not a date (1993-06-24) or a date-time with its zone (1993-06-23T00:00-05:00)',
      'bad.yaml: asOf[0].inForce[0]: "1/3" is not one of the gold\'s measures',
    ]);
  });
});

describe.each(REGIMES)('%s: the gold', (name) => {
  it('is well formed, and every quote it rests on is in the text it cites', () => {
    const { gold, problems } = goldOf(name);
    const texts = new Map(gold.texts.map((n) => [n, readFileSync(corpusFile(CORPUS, n), 'utf8')]));
    expect([...problems, ...checkQuotes(gold, (n) => texts.get(n))]).toEqual([]);
  });
});

describe.each(REGIMES)('%s: imported with no hand edit, against the gold', (name) => {
  it('finds at least 90% of the measures in force with the right holding paragraph, and none wrongly in force', async () => {
    const { gold, problems } = goldOf(name);
    expect(problems, 'the gold reads without problems').toEqual([]);
    const folder = mkdtempSync(path.join(scratch, `${name}-`));
    importTexts(API, gold, { corpusDir: CORPUS, outDir: folder, schemaPath: path.relative(folder, path.join(ROOT, 'schemas/resolution.schema.json')) });
    const score = await scoreFolder(API, gold, folder);
    expect(score.documents, 'every text imports into a file of the regime').toBe(gold.texts.length);
    expect(score.totals.meetsGoal, `\n${formatScore(score)}`).toBe(true);
  });
});
