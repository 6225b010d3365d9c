import { describe, expect, it } from 'vitest';
import { assessImpact, type ImpactResult } from '../../src/consolidate/impact.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { loadDocument } from '../../src/load/load-document.js';
import type { ImpactReport } from '../../src/consolidate/types.js';
import { runCli } from '../support/run-cli.js';

async function assess(file: string, regimeId: string, folder = 'resolutions', asOf?: string): Promise<ImpactReport> {
  const loaded = await loadDocument(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const { regime } = await loadRegime(regimeId, folder);
  const result: ImpactResult = assessImpact(loaded.loaded, regime, asOf);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.report;
}

function changed(report: ImpactReport): Array<[string, string]> {
  return report.measures.filter((m) => m.category !== 'unchanged').map((m) => [m.category, m.measure.key]);
}

describe('a hypothetical draft made from a Haiti file: terminate para. 8 of 841', async () => {
  const report = await assess('test/consolidate/fixtures/drafts/haiti-terminate-asset-freeze.yaml', 'haiti');

  it('reports exactly the asset freeze terminated, and nothing else', () => {
    expect(changed(report)).toEqual([['terminated', '841 (1993)#op_8']]);
    const [freeze] = report.measures;
    expect(freeze!.measure.measures).toEqual(['asset-freeze']);
    expect(freeze!.before).toBe('in-force');
    expect(freeze!.after).toBe('terminated');
    expect(report.committees.every((c) => c.changes.length === 0)).toBe(true);
    expect(report.watched).toEqual([]);
    expect(report.summary).toMatchObject({ terminated: 1, suspended: 0, reinstated: 0, loosened: 0, tightened: 0, amended: 0, added: 0 });
    expect(report.summary.unchanged).toBe(report.before.measures.length - 1);
  });

  it('cites the paragraph holding the measure, the paragraph that brought it into force, and the draft paragraph acting on it', () => {
    const [freeze] = report.measures;
    expect(freeze!.measure.provision).toMatchObject({ resolution: '841 (1993)', paragraph: '8', numberStatus: 'confirmed' });
    expect(freeze!.imposedBy).toMatchObject([{ resolution: '841 (1993)', paragraph: '3' }]);
    expect(freeze!.actedOnBy).toMatchObject([{ document: 'draft of 1993-11-01 (zero draft)', paragraph: '1' }]);
    expect(freeze!.changes.map((c) => c.action)).toEqual(['terminate']);
  });

  it('is assessed against the regime as of the draft\'s circulation date, and lists its paragraph without effect', () => {
    expect(report.asOf.text).toBe('1993-11-01');
    expect(report.before.documents.filter((d) => d.included).map((d) => d.documentKey)).toEqual(['841 (1993)', '861 (1993)', '873 (1993)', '875 (1993)']);
    expect(report.noEffect.map((n) => [n.by.paragraph, n.wording.text])).toEqual([['2', 'Decides to remain seized of the matter.']]);
    expect(report.diagnostics).toEqual([]);
  });
});

describe('adopted resolutions assessed against the regime they joined', () => {
  it('861 (1993) suspends exactly the measures of 841 paras. 5–9', async () => {
    const report = await assess('resolutions/haiti/S-RES-861-1993.yaml', 'haiti');
    expect(report.before.documents.filter((d) => d.included).map((d) => d.documentKey)).toEqual(['841 (1993)']);
    expect(changed(report)).toEqual([5, 6, 7, 8, 9].map((n) => ['suspended', `841 (1993)#op_${n}`]));
    expect(report.watched.map((w) => w.by.paragraph)).toEqual(['2', '3']);
  });

  it('873 (1993) reinstates them at 23:59 EST on 18 October, compared after that instant, and exempts the release of funds', async () => {
    const report = await assess('resolutions/haiti/S-RES-873-1993.yaml', 'haiti');
    expect(report.asOf.text).toBe('1993-10-13');
    expect(report.comparedAt.utc).toBe('1993-10-19T04:59:00.001Z');
    expect(changed(report)).toEqual([5, 6, 7, 8, 9].map((n) => ['reinstated', `841 (1993)#op_${n}`]));
    const freeze = report.measures.find((m) => m.measure.key === '841 (1993)#op_8')!;
    expect(freeze.changes.map((c) => `${c.action} ${c.by.paragraph}`)).toEqual(['exempt 2', 'reinstate 1']);
    expect(report.committees.filter((c) => c.changes.length > 0).map((c) => c.changes.map((e) => e.action))).toEqual([['committee-mandate']]);
    // 875 (1993) was adopted three days later: not part of the regime 873 was assessed against.
    expect(report.after.documents.map((d) => d.documentKey)).toEqual(['841 (1993)', '861 (1993)', '873 (1993)']);
  });

  it('the same draft assessed before the regime existed adds nothing and warns of its dangling target', async () => {
    const report = await assess('test/consolidate/fixtures/drafts/haiti-terminate-asset-freeze.yaml', 'haiti', 'resolutions', '1993-06-01');
    expect(changed(report)).toEqual([]);
    expect(report.diagnostics.map((d) => d.code)).toEqual(['unknown-resolution']);
  });
});

describe('a hypothetical draft against a hypothetical regime', async () => {
  const report = await assess('test/consolidate/fixtures/drafts/mini-draft.yaml', 'mini', 'test/consolidate/fixtures/mini');

  it('terminates one measure and loosens another by amending its wording', () => {
    expect(changed(report)).toEqual([
      ['terminated', '100 (2000)#op_3'],
      ['loosened', '100 (2000)#op_2'],
    ]);
    const amended = report.measures.find((m) => m.category === 'loosened')!;
    expect(amended.wording?.before.text).toBe('Decides that all States shall prevent the sale or supply of petroleum or arms to Testland;');
    expect(amended.wording?.after.text).toMatch(/^Decides that paragraph 2 of resolution 100 \(2000\) shall read as follows/);
    const deleted = amended.wording!.redline.segments.filter((s) => s.kind === 'delete').map((s) => s.text.trim());
    expect(deleted).toEqual(['petroleum or']);
  });

  it('shows the change of wording as a word-level redline in text output', async () => {
    const run = await runCli(['impact', 'test/consolidate/fixtures/drafts/mini-draft.yaml', '--dir', 'test/consolidate/fixtures/mini']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('sale or supply of [-petroleum or -]arms to Testland');
  });

  it('lists the call for talks as having no effect on the regime', () => {
    expect(report.noEffect.map((n) => n.by.paragraph)).toEqual(['3']);
  });

  it('is plain data: JSON round-trips it unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('a draft without a date', () => {
  it('is a diagnostic unless a date is given', async () => {
    const loaded = await loadDocument('test/consolidate/fixtures/drafts/mini-draft.yaml');
    if (!loaded.ok) throw new Error('fixture does not load');
    delete loaded.loaded.document.dates;
    const { regime } = await loadRegime('mini', 'test/consolidate/fixtures/mini');
    const result = assessImpact(loaded.loaded, regime);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toEqual(['undated-draft']);
    expect(assessImpact(loaded.loaded, regime, '2000-06-01').ok).toBe(true);
  });
});
