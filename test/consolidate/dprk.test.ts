import { describe, expect, it } from 'vitest';
import { groupImpacts, impactSummary } from '../../src/consolidate/collective.js';
import { assessImpact } from '../../src/consolidate/impact.js';
import { describeProvision } from '../../src/consolidate/describe.js';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import type { ImpactReport, MeasureImpact } from '../../src/consolidate/types.js';
import { loadDocument } from '../../src/load/load-document.js';
import type { Effect } from '../../src/model/document.js';
import { walkOperative } from '../../src/model/paragraph-path.js';
import { runCli } from '../support/run-cli.js';

const DRAFT = 'resolutions/dprk/draft-2019-12-16-cn-ru.yaml';

const loaded = await loadDocument(DRAFT);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
const draft = loaded.loaded;
const { regime } = await loadRegime('dprk', 'resolutions');
const result = assessImpact(draft, regime);
if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
const report: ImpactReport = result.report;

/** Every effect the draft file declares, with its clause. */
const declared: Array<{ clause: string; effect: Effect }> = draft.document.operative.flatMap((p) => (p.effects ?? []).map((effect) => ({ clause: p.id, effect })));

function actedOnBy(clause: string): MeasureImpact[] {
  return report.measures.filter((m) => m.actedOnBy.some((c) => c.clauseId === clause));
}

describe('the China–Russia draft of 16 December 2019 against the DPRK regime', () => {
  it('is assessed on its circulation date, against every resolution adopted by then, without errors', () => {
    expect(report.asOf.text).toBe('2019-12-16');
    expect(report.before.documents.every((d) => d.included && d.kind === 'resolution')).toBe(true);
    expect(report.before.documents.map((d) => d.documentKey)).toContain('2397 (2017)');
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('ends every measure the sources say it would end', () => {
    const terminated = report.measures.filter((m) => m.category === 'terminated');
    const codes = new Set(terminated.flatMap((m) => m.measure.measures));
    // Reuters, RFA: statues, seafood, textiles; AP adds coal, iron and iron ore; Reuters, AP,
    // Sputnik: the overseas workers and the repatriation deadline.
    for (const code of ['export-ban:statues', 'export-ban:seafood', 'export-ban:textiles', 'export-ban:coal', 'export-ban:iron', 'export-ban:iron-ore', 'workers']) expect(codes).toContain(code);
    const terminations = declared.filter((d) => d.effect.action === 'terminate');
    expect(terminated).toHaveLength(terminations.length);
    for (const measure of terminated) expect(measure.changes.map((c) => c.action)).toEqual(['terminate']);
  });

  it('ends the repatriation requirement, cited as paragraph 8 of resolution 2397 (2017)', () => {
    const repatriation = report.measures.find((m) => m.measure.provision.resolution === '2397 (2017)' && m.measure.provision.paragraph === '8');
    expect(repatriation?.category).toBe('terminated');
    expect(describeProvision(repatriation!.measure.provision)).toBe('resolution 2397 (2017), paragraph 8');
  });

  it('cites the statues, seafood and textiles bans as "paragraph not confirmed", never by a number', () => {
    for (const code of ['export-ban:statues', 'export-ban:seafood', 'export-ban:textiles']) {
      const ban = report.measures.find((m) => m.category === 'terminated' && m.measure.measures.includes(code as never))!;
      expect(ban.measure.provision.paragraph).toBeUndefined();
      expect(describeProvision(ban.measure.provision)).toMatch(/^resolution 23\d\d \(201[67]\), paragraph not confirmed \(clause op_\w+\)$/);
    }
  });

  it('carries how sure the sources are: the coal, iron and iron ore termination is unconfirmed (AP alone)', () => {
    const coal = report.measures.find((m) => m.category === 'terminated' && m.measure.measures.includes('export-ban:coal'))!;
    expect(coal.changes.map((c) => c.status)).toEqual(['unconfirmed']);
    expect(coal.measure.provision.resolution).toBe('2371 (2017)');
  });

  it('exempts the machinery and vehicles of the 2397 (2017) supply ban, and inter-Korean projects from every other measure in force', () => {
    const machinery = actedOnBy('op_machinery_vehicles_exemption');
    expect(machinery.map((m) => [m.category, m.measure.provision.resolution])).toEqual([['loosened', '2397 (2017)']]);
    expect(machinery[0]!.measure.measures).toEqual(expect.arrayContaining(['supply-ban:industrial-machinery', 'supply-ban:vehicles']));
    expect(machinery[0]!.changes.find((c) => c.by.clauseId === 'op_machinery_vehicles_exemption')?.collective).toBeUndefined();

    const interKorean = actedOnBy('op_inter_korean_exemption');
    // Every measure in force that the draft does not end altogether.
    const ended = new Set(report.measures.filter((m) => m.category === 'terminated').map((m) => m.measure.key));
    const inForce = report.before.measures.filter((m) => m.status === 'in-force' && !ended.has(m.key)).map((m) => m.key);
    expect(interKorean.map((m) => m.measure.key).sort()).toEqual([...inForce].sort());
    for (const measure of interKorean) {
      const exemption = measure.changes.find((c) => c.by.clauseId === 'op_inter_korean_exemption');
      expect(exemption).toMatchObject({ action: 'exempt', collective: true, status: 'confirmed' });
    }
  });

  it('groups the exemption from the whole regime once, apart from the measures the draft names', () => {
    const wholeRegime = declared.filter((d) => d.effect.target?.resolutions && d.effect.action !== 'review');
    const { individual, collective } = groupImpacts(report);
    expect(collective.map((effect) => [effect.entry.by.clauseId, effect.scope, effect.category])).toEqual(wholeRegime.map((d) => [d.clause, 'regime-wide', 'loosened']));
    const [exemption] = collective;
    // Each entry it left records the target as the draft writes it.
    for (const impact of actedOnBy(wholeRegime[0]!.clause)) expect(impact.changes.find((c) => c.collective)?.target).toEqual(wholeRegime[0]!.effect.target);
    // It alone changes every measure it reaches that no other paragraph of the draft names …
    const alone = actedOnBy(wholeRegime[0]!.clause).filter((m) => m.actedOnBy.length === 1);
    expect(exemption!.alone).toEqual(alone);
    expect(exemption!.alsoReaches).toEqual(actedOnBy(wholeRegime[0]!.clause).filter((m) => m.actedOnBy.length > 1));
    expect(exemption!.alsoReaches.map((m) => m.measure.key)).toEqual(actedOnBy('op_machinery_vehicles_exemption').map((m) => m.measure.key));
    // … and the measures are reported either one by one or with it, never both.
    expect(individual.length + alone.length).toBe(report.measures.length);
    expect(individual.filter((m) => alone.includes(m))).toEqual([]);
  });

  it('counts the regime-wide exemption as one act, not as dozens of measures loosened', () => {
    const { individual, collective } = groupImpacts(report);
    const count = (category: string) => individual.filter((m) => m.category === category).length;
    expect(impactSummary(report)).toEqual([
      `${count('terminated')} terminated`,
      `${count('loosened')} loosened`,
      `1 regime-wide exemption reaching ${collective[0]!.alone.length} other measures`,
      `${count('unchanged')} unchanged`,
    ]);
    expect(count('loosened')).toBe(report.summary.loosened - collective[0]!.alone.length);
  });

  it('names, for every measure it acts on, the paragraph holding it only where the file numbers it', async () => {
    const numbered = new Map<string, string | undefined>();
    for (const document of regime.documents) {
      for (const { clause, path } of walkOperative(document.loaded.document)) numbered.set(`${document.key}#${clause.id}`, path && `${path.paragraph}${path.labels.map((l) => `(${l})`).join('')}`);
    }
    const acted = report.measures.filter((m) => m.actedOnBy.length > 0);
    expect(acted.length).toBeGreaterThan(0);
    for (const { measure, imposedBy } of acted) {
      expect(measure.provision.paragraph).toBe(numbered.get(measure.key));
      for (const citation of imposedBy) expect(citation.paragraph).toBe(numbered.get(`${citation.documentKey}#${citation.clauseId}`));
    }
  });

  it('lists the calls for dialogue and talks as having no effect, and the commitment to adjust the measures as watched', () => {
    expect(report.noEffect.map((n) => n.by.clauseId)).toEqual(['op_welcomes_dialogue', 'op_six_party_talks', 'op_reduce_military_tension']);
    expect(report.watched.map((w) => w.by.clauseId)).toEqual(['op_adjust_measures']);
    for (const declaredEffect of declared) {
      if (declaredEffect.effect.action === 'review') continue;
      expect(actedOnBy(declaredEffect.clause).length).toBeGreaterThan(0);
    }
  });

  it('prints the same answer on the command line', async () => {
    const run = await runCli(['impact', DRAFT]);
    expect(run.code).toBe(0);
    const terminated = run.stdout.slice(run.stdout.indexOf('WOULD TERMINATE'), run.stdout.indexOf('WOULD LOOSEN'));
    expect(terminated).toContain('resolution 2397 (2017), paragraph 8: overseas workers');
    expect(terminated).toContain('resolution 2321 (2016), paragraph not confirmed (clause op_statues_ban): ban on exports from the target (statues)');
    expect(run.stdout).toMatch(/^NO EFFECT ON THE REGIME \(3\)$/m);
  });

  it('states the regime-wide exemption once on the command line too, with the measures it alone changes one a line', async () => {
    const run = await runCli(['impact', DRAFT]);
    const { individual, collective } = groupImpacts(report);
    const [exemption] = collective;
    expect(run.stdout).toContain(`Summary: ${impactSummary(report, { zeros: true }).join(', ')}\n`);
    expect(run.stdout).toMatch(new RegExp(`^WOULD LOOSEN \\(EXEMPTIONS, HIGHER CAPS, LATER DEADLINES\\) \\(${individual.filter((m) => m.category === 'loosened').length}\\)$`, 'm'));
    const block = run.stdout.slice(run.stdout.indexOf(': REGIME-WIDE EXEMPTION'), run.stdout.indexOf('UNCHANGED ('));
    expect(block.split('\n')[0]).toBe(`: REGIME-WIDE EXEMPTION (${exemption!.alone.length})`);
    expect(block.match(/exemption granted by /g)).toHaveLength(1);
    for (const impact of exemption!.alone) expect(block).toContain(`\n    ${describeProvision(impact.measure.provision)}: `);
  });
});
