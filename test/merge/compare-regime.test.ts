import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegime } from '../../src/consolidate/load-regime.js';
import { parseAsOf } from '../../src/consolidate/moment.js';
import { writeYaml } from '../../src/import/write-yaml.js';
import type { LoadedDocument } from '../../src/load/load-document.js';
import { loadedText } from '../support/loaded-text.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import { compareImpacts, type ImpactComparisonResult } from '../../src/negotiate/compare/compare-impacts.js';
import { NegotiationRefusal } from '../../src/negotiate/refusal.js';
import { compareImpactsReport } from '../../src/render/report/compare-impacts-report.js';
import { stringifyReport } from '../../src/render/report/lib/stringify.js';
import { formatCompareImpactsText } from '../../src/render/report/merge/compare-impacts-text.js';
import { runCli } from '../support/run-cli.js';
import { copyOf, zeroDraft } from './zero-draft.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCHEMA = path.join(ROOT, 'schemas/resolution.schema.json');
const RESOLUTIONS = path.join(ROOT, 'resolutions');

/** A shipped Haiti resolution as a draft circulated on `date` (before 861 (1993) was adopted, the regime is 841 (1993) alone). */
function draftOf(relative: string, date = '1993-08-01'): ResolutionDocument {
  return { ...zeroDraft(relative), dates: { circulated: date } };
}

const SUSPENDING = draftOf('resolutions/haiti/S-RES-861-1993.yaml');
const REINSTATING = draftOf('resolutions/haiti/S-RES-873-1993.yaml');

function loaded(name: string, document: ResolutionDocument): { name: string; draft: LoadedDocument } {
  return { name, draft: loadedText(path.join(tmpdir(), name), writeYaml(document, SCHEMA)) };
}

async function compare(a: ResolutionDocument, b: ResolutionDocument, asOf?: string): Promise<ImpactComparisonResult> {
  const { regime } = await loadRegime('haiti', RESOLUTIONS);
  return compareImpacts(regime, loaded('a.yaml', a), loaded('b.yaml', b), asOf === undefined ? undefined : parseAsOf(asOf));
}

function standings(result: ImpactComparisonResult): Array<[string, string, string, string]> {
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result.comparison.measures.map((m) => [m.key, m.standing, m.a.category, m.b.category]);
}

describe('compareImpacts: two drafts against the regime in force', () => {
  it('sets the two impacts side by side, measure by measure: a conflict first, then what only one would do', async () => {
    const result = await compare(SUSPENDING, REINSTATING);
    expect(standings(result)).toEqual([
      ['841 (1993)#op_8', 'conflict', 'suspended', 'loosened'],
      ['841 (1993)#op_5', 'only-a', 'suspended', 'unchanged'],
      ['841 (1993)#op_6', 'only-a', 'suspended', 'unchanged'],
      ['841 (1993)#op_7', 'only-a', 'suspended', 'unchanged'],
    ]);
    if (!result.ok) return;
    const { comparison } = result;
    expect(comparison.counts).toEqual({ conflict: 1, agreed: 0, 'only-a': 3, 'only-b': 0 });
    expect(comparison.asOf.text).toBe('1993-08-01');
    expect(comparison.measures[0]!.a.actedOnBy.map((c) => c.paragraph)).toEqual(['1']);
    expect(comparison.measures[0]!.b.actedOnBy.map((c) => c.paragraph)).toEqual(['2']);
    // B's reinstatement takes hold on 18 October 1993 at 23:59 EST: its impact is compared then.
    expect(comparison.b.comparedAt.text).toMatch(/^1993-10-19T04:59/);
    expect(comparison.a.comparedAt.text).toBe('1993-08-01');
    expect(comparison.a.added).toEqual([]);
  });

  it('finds the same changes made by two differently worded drafts agreed, and the regime measures neither touches untouched', async () => {
    const reworded = copyOf(SUSPENDING, (draft) => {
      draft.preamble[1]!.text = 'Welcoming the efforts undertaken by the Special Envoy for Haiti,';
    });
    const result = await compare(SUSPENDING, reworded);
    expect(standings(result).map(([key, standing]) => [key, standing])).toEqual([5, 6, 7, 8].map((n) => [`841 (1993)#op_${n}`, 'agreed']));
    if (result.ok) expect(result.comparison.untouched).toBeGreaterThan(0);
  });

  it('lists the measures a draft would add apart from those of the regime', async () => {
    const freezing = copyOf(SUSPENDING, (draft) => {
      const freeze = structuredClone(zeroDraft('resolutions/haiti/S-RES-841-1993.yaml').operative.find((p) => p.id === 'op_8')!);
      draft.operative.push({ ...freeze, id: 'op_new_freeze', number: draft.operative.length + 1, effects: [{ action: 'impose' }] });
    });
    const result = await compare(SUSPENDING, freezing);
    expect(standings(result).every(([, standing]) => standing === 'agreed')).toBe(true);
    if (!result.ok) return;
    expect(result.comparison.a.added).toEqual([]);
    expect(result.comparison.b.added.map((m) => [m.key, m.measures, m.after])).toEqual([['b.yaml#op_new_freeze', ['asset-freeze'], 'in-force']]);
    const text = formatCompareImpactsText(result.comparison, false);
    expect(text).toContain('\na.yaml would add 0 measures, b.yaml 1 measure\n');
    expect(text).toMatch(/\n\nMeasures b\.yaml would add:\n {4}draft of 1993-08-01 \(zero draft\), paragraph \d+: asset freeze \(in-force\)\n$/);
    expect(stringifyReport(compareImpactsReport(result.comparison))).toMatch(/\n## Measures b\.yaml would add\n\n\| Paragraph \| Measure \| Status \|\n\| - \| - \| - \|\n\| draft of 1993-08-01 \(zero draft\), paragraph \d+ \| asset freeze \| in-force \|\n/);
  });

  it('tells a draft suspending a measure from one terminating it', async () => {
    const terminating = copyOf(SUSPENDING, (draft) => {
      draft.operative[0]!.effects![0]!.action = 'terminate';
    });
    expect(standings(await compare(SUSPENDING, terminating)).map(([key, standing, a, b]) => [key.slice(-4), standing, a, b])).toEqual([5, 6, 7, 8].map((n) => [`op_${n}`, 'conflict', 'suspended', 'terminated']));
  });

  it('assesses both drafts on the same day: the later of their dates, or the one given', async () => {
    const later = await compare(SUSPENDING, draftOf('resolutions/haiti/S-RES-861-1993.yaml', '1993-08-10'));
    expect(later.ok && later.comparison.asOf.text).toBe('1993-08-10');
    const given = await compare(SUSPENDING, REINSTATING, '1993-07-01');
    expect(given.ok && given.comparison.asOf.text).toBe('1993-07-01');
  });

  it('refuses a draft of another regime, and an undated draft, plainly', async () => {
    const libya = { ...zeroDraft('resolutions/libya/S-RES-748-1992.yaml'), dates: { circulated: '1993-08-01' } };
    await expect(compare(SUSPENDING, libya)).rejects.toThrow(new NegotiationRefusal('b.yaml is for the libya regime, not haiti: its impact on haiti cannot be compared'));
    const undated = await compare(SUSPENDING, zeroDraft('resolutions/haiti/S-RES-873-1993.yaml'));
    expect(undated.ok ? [] : undated.diagnostics.map((d) => d.code)).toEqual(['undated-draft']);
  });
});

describe('bluedraft diff --regime', () => {
  async function folder(): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'bluedraft-compare-regime-'));
    const libya = { ...zeroDraft('resolutions/libya/S-RES-748-1992.yaml'), dates: { circulated: '1993-08-01' } };
    for (const [name, document] of Object.entries({ a: SUSPENDING, b: REINSTATING, libya })) await writeFile(path.join(dir, `${name}.yaml`), writeYaml(document, SCHEMA));
    return dir;
  }

  it('prints the two impacts side by side as text, JSON and Markdown', async () => {
    const cwd = await folder();
    const run = await runCli(['diff', '--regime', 'haiti', '--dir', RESOLUTIONS, 'a.yaml', 'b.yaml'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^a\.yaml and b\.yaml against the regime "haiti" in force on 1993-08-01 \(to the end of that day, UTC\): 1 in conflict, 0 agreed, 3 only in a\.yaml, 0 only in b\.yaml; \d+ measures? neither draft changes\n/);
    expect(run.stdout).toContain('\n\nresolution 841 (1993), paragraph 8: asset freeze (in-force): conflict\n    a.yaml: would suspend it (paragraph 1)\n    b.yaml: would loosen it (paragraph 2)\n');
    const json = await runCli(['diff', '--regime', 'haiti', '--dir', RESOLUTIONS, 'a.yaml', 'b.yaml', '--format', 'json'], { cwd });
    const parsed = JSON.parse(json.stdout) as { version: number; counts: Record<string, number>; measures: Array<{ standing: string }> };
    expect(parsed.version).toBe(1);
    expect(parsed.counts).toEqual({ conflict: 1, agreed: 0, 'only-a': 3, 'only-b': 0 });
    const md = await runCli(['diff', '--regime', 'haiti', '--dir', RESOLUTIONS, 'a.yaml', 'b.yaml', '--format', 'md'], { cwd });
    expect(md.stdout).toMatch(/^# a\.yaml and b\.yaml against the Haiti regime in force on 1 August 1993\n\n\*\*Summary:\*\* 1 in conflict/);
    expect(md.stdout).toContain('### resolution 841 (1993), paragraph 8: asset freeze (in-force): conflict\n\n- **a.yaml**: would suspend it (paragraph 1)\n- **b.yaml**: would loosen it (paragraph 2)\n');
    const exit = await runCli(['diff', '--regime', 'haiti', '--dir', RESOLUTIONS, 'a.yaml', 'b.yaml', '--exit-code'], { cwd });
    expect(exit.code).toBe(1);
  });

  it('refuses a draft of another regime and an unknown regime; --base and --regime together are a usage error', async () => {
    const cwd = await folder();
    const other = await runCli(['diff', '--regime', 'haiti', '--dir', RESOLUTIONS, 'a.yaml', 'libya.yaml'], { cwd });
    expect(other.code).toBe(1);
    expect(other.stdout).toBe('');
    expect(other.stderr).toBe('bluedraft diff: libya.yaml is for the libya regime, not haiti: its impact on haiti cannot be compared\n');
    const unknown = await runCli(['diff', '--regime', 'hati', '--dir', RESOLUTIONS, 'a.yaml', 'b.yaml'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('has `regime: hati`; did you mean "haiti"?');
    const both = await runCli(['diff', '--regime', 'haiti', '--base', 'a.yaml', 'a.yaml', 'b.yaml'], { cwd });
    expect(both.code).toBe(2);
    const stray = await runCli(['diff', '--as-of', '1993-08-01', 'a.yaml', 'b.yaml'], { cwd });
    expect(stray.code).toBe(2);
  });
});
