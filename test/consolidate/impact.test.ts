import { describe, expect, it } from 'vitest';
import { groupImpacts, impactSummary } from '../../src/consolidate/collective.js';
import { assessImpact, type ImpactResult } from '../../src/consolidate/impact.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { loadDocument, loadText } from '../../src/load/load-document.js';
import type { ImpactReport } from '../../src/consolidate/types.js';
import { runCli } from '../support/run-cli.js';
import { regimeOf, resolutionYaml } from './build-regime.js';

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
  it('861 (1993) suspends exactly the measures of 841 paras. 5–8 (para. 9 is a call)', async () => {
    const report = await assess('resolutions/haiti/S-RES-861-1993.yaml', 'haiti');
    expect(report.before.documents.filter((d) => d.included).map((d) => d.documentKey)).toEqual(['841 (1993)']);
    expect(changed(report)).toEqual([5, 6, 7, 8].map((n) => ['suspended', `841 (1993)#op_${n}`]));
    expect(report.watched.map((w) => w.by.paragraph)).toEqual(['2', '3']);
  });

  it('873 (1993) reinstates them at 23:59 EST on 18 October, compared after that instant, and exempts the release of funds', async () => {
    const report = await assess('resolutions/haiti/S-RES-873-1993.yaml', 'haiti');
    expect(report.asOf.text).toBe('1993-10-13');
    expect(report.comparedAt.utc).toBe('1993-10-19T04:59:00.001Z');
    expect(changed(report)).toEqual([5, 6, 7, 8].map((n) => ['reinstated', `841 (1993)#op_${n}`]));
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

describe('effects on whole resolutions', () => {
  it('460 (1979) ends the Southern Rhodesia measures by naming the chain: one regime-wide termination, not one per measure', async () => {
    const report = await assess('resolutions/southern-rhodesia/S-RES-460-1979.yaml', 'southern-rhodesia');
    const ended = report.measures.filter((m) => m.category === 'terminated');
    expect(ended.length).toBeGreaterThan(1);
    const { individual, collective } = groupImpacts(report);
    expect(collective.map((e) => [e.scope, e.entry.action, e.alone, e.alsoReaches])).toEqual([['regime-wide', 'terminate', ended, []]]);
    expect(individual.filter((m) => m.category === 'terminated')).toEqual([]);
    const unchanged = report.summary.unchanged ? [`${report.summary.unchanged} unchanged`] : [];
    expect(impactSummary(report)).toEqual([`1 regime-wide termination reaching ${ended.length} measures`, ...unchanged]);
  });

  it('one whole resolution named: a resolution-wide effect; measures the draft also names stay on their own, and are left out of its count', () => {
    const regime = regimeOf([
      resolutionYaml(300, '2000-01-01', `
  - { id: op_1, number: 1, text: Decides that all States shall prevent the sale of arms., measures: [arms-embargo], effects: [{ action: impose }] }
  - { id: op_2, number: 2, text: Decides that all States shall freeze the funds., measures: [asset-freeze], effects: [{ action: impose }] }
  - { id: op_3, number: 3, text: Decides that all States shall prevent the entry., measures: [travel-ban], effects: [{ action: impose }] }`),
    ]);
    const draft = loadText('draft.yaml', [
      'kind: draft',
      'status: circulated',
      'regime: test',
      'language: en',
      'completeness: full',
      'dates: { circulated: 2000-03-01 }',
      'preamble: []',
      'operative:',
      '  - { id: op_1, number: 1, text: Decides that humanitarian deliveries are exempt from resolution 300 (2000)., effects: [{ action: exempt, target: { resolution: 300 (2000) } }] }',
      '  - { id: op_2, number: 2, text: Decides to terminate paragraph 3 of resolution 300 (2000)., effects: [{ action: terminate, target: { resolution: 300 (2000), paragraphs: ["3"] } }] }',
      '  - { id: op_3, number: 3, text: Decides that funds for food are exempt from paragraph 2 of resolution 300 (2000)., effects: [{ action: exempt, target: { resolution: 300 (2000), paragraphs: ["2"] } }] }',
    ].join('\n'));
    if (!draft.ok) throw new Error(JSON.stringify(draft.diagnostics));
    const result = assessImpact(draft.loaded, regime);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    const { individual, collective } = groupImpacts(result.report);
    expect(collective.map((e) => [e.scope, e.category, e.alone.map((m) => m.measure.key), e.alsoReaches.map((m) => m.measure.key)])).toEqual([
      ['resolution-wide', 'loosened', ['300 (2000)#op_1'], ['300 (2000)#op_3', '300 (2000)#op_2']],
    ]);
    expect(individual.map((m) => [m.category, m.measure.key])).toEqual([
      ['terminated', '300 (2000)#op_3'],
      ['loosened', '300 (2000)#op_2'],
    ]);
    expect(impactSummary(result.report)).toEqual(['1 terminated', '1 loosened', '1 resolution-wide exemption reaching 1 other measure']);
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
