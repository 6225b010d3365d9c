import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, runCli, runInstalled, STACK_TRACE } from '../support/run-cli.js';
import { resolutionYaml } from './build-regime.js';

const HYPOTHETICAL = 'test/consolidate/fixtures/drafts/haiti-terminate-asset-freeze.yaml';

describe('bluedraft regime', () => {
  it('lists the measures by status with their provenance', async () => {
    const run = await runCli(['regime', 'haiti', '--as-of', '1993-09-01']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Regime "haiti" as of 1993-09-01 \(to the end of that day, UTC\)$/m);
    expect(run.stdout).toMatch(/^SUSPENDED \(4\)$/m);
    const suspended = run.stdout.slice(run.stdout.indexOf('SUSPENDED (4)'), run.stdout.indexOf('TERMINATED ('));
    for (const n of [5, 6, 7, 8]) expect(suspended).toContain(`resolution 841 (1993), paragraph ${n}:`);
    expect(suspended).toContain('1993-08-27 (on adoption)  suspended by resolution 861 (1993), paragraph 1');
    expect(suspended).toContain('1993-06-23 00:01 EST  imposed by resolution 841 (1993), paragraph 3');
    expect(run.stdout).toMatch(/^Not yet adopted then: resolution 873 \(1993\) \(1993-10-13\), resolution 875 \(1993\) \(1993-10-16\)$/m);
  });

  it('prints the state as JSON, version 1, with file names relative to the working folder', async () => {
    const run = await runCli(['regime', 'southern-rhodesia', '--as-of', '1980-01-01', '--format', 'json']);
    expect(run.code).toBe(0);
    const state = JSON.parse(run.stdout);
    expect(Object.keys(state)).toEqual(['version', 'regime', 'asOf', 'documents', 'measures', 'committees', 'watched', 'conditional', 'calls', 'diagnostics']);
    expect(state.version).toBe(1);
    expect(state.asOf).toEqual({ text: '1980-01-01', utc: '1980-01-02T00:00:00.000Z' });
    expect(state.measures.filter((m: { status: string }) => m.status !== 'terminated').map((m: { key: string }) => m.key)).toEqual([]);
  });

  it('exits 1 and points at the line when the files hold a dangling reference, still printing the regime', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-regime-'));
    await writeFile(path.join(folder, 'a.yaml'), resolutionYaml(400, '2000-01-01', '  - { id: op_1, number: 1, text: Decides., measures: [arms-embargo], effects: [{ action: impose }] }'));
    await writeFile(path.join(folder, 'b.yaml'), resolutionYaml(401, '2000-02-01', '  - { id: op_1, number: 1, text: Decides., effects: [{ action: suspend, target: { resolution: 400 (2000), paragraphs: ["7"] } }] }'));
    const run = await runCli(['regime', 'test', '--dir', folder, '--as-of', '2000-03-01'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^IN FORCE \(1\)$/m);
    expect(run.stdout).toMatch(/^b\.yaml:13:\d+ {2}error {2}this suspend effect points to paragraph 7 of resolution 400 \(2000\), which does not exist {2}\[dangling-target\]$/m);
  });

  it('refuses an unknown regime with a suggestion, and a date that is not one (exit 2)', async () => {
    const unknown = await runCli(['regime', 'hati', '--as-of', '1993-07-01']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "haiti"?');
    const badDate = await runCli(['regime', 'haiti', '--as-of', '1993-13-01']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of must be a date');
    const missing = await runCli(['regime']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give the regime id');
  });
});

describe('bluedraft impact', () => {
  it('reports what a draft would do, measure by measure, with citations', async () => {
    const run = await runCli(['impact', HYPOTHETICAL]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Summary: 1 terminated, 0 suspended, 0 reinstated, 0 loosened, 0 tightened, 0 amended, 0 added, \d+ unchanged$/m);
    const terminated = run.stdout.slice(run.stdout.indexOf('WOULD TERMINATE (1)'), run.stdout.indexOf('UNCHANGED ('));
    expect(terminated).toContain('resolution 841 (1993), paragraph 8: asset freeze');
    expect(terminated).toContain('imposed by: resolution 841 (1993), paragraph 3');
    expect(terminated).toContain('terminated by draft of 1993-11-01 (zero draft), paragraph 1');
    expect(run.stdout).toMatch(/^NO EFFECT ON THE REGIME \(1\)$/m);
  });

  it('prints the assessment as JSON with both states', async () => {
    const run = await runCli(['impact', HYPOTHETICAL, '--format', 'json', '--as-of', '1993-09-01']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.version).toBe(1);
    expect(report.asOf.text).toBe('1993-09-01');
    const freeze = report.measures.find((m: { measure: { key: string } }) => m.measure.key === '841 (1993)#op_8');
    expect([freeze.category, freeze.before, freeze.after]).toEqual(['terminated', 'suspended', 'terminated']);
    expect(report.before.regime).toBe('haiti');
  });

  it('needs a regime, a readable draft and a date (exit 2, or 1 for a broken file), never a stack trace', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-impact-'));
    const noRegime = path.join(folder, 'no-regime.yaml');
    await writeFile(noRegime, (await readFile(HYPOTHETICAL, 'utf8')).replace('regime: haiti\n', ''));
    const broken = path.join(folder, 'broken.yaml');
    await writeFile(broken, 'kind: draft\nstatus: nonsense\n');
    const runs = await Promise.all([
      runCli(['impact', noRegime]),
      runCli(['impact', HYPOTHETICAL, '--regime', 'hati']),
      runCli(['impact', broken]),
      runCli(['impact']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 1, 2]);
    expect(runs[0]!.stderr).toContain('give one with --regime');
    expect(runs[1]!.stderr).toContain('did you mean "haiti"?');
    for (const run of runs) expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('the installed command', () => {
  beforeAll(buildIfMissing);

  it('consolidates a regime in a real process', async () => {
    const run = await runInstalled(['regime', 'haiti', '--as-of', '1993-10-19', '--format', 'json']);
    expect(run.code).toBe(0);
    const state = JSON.parse(run.stdout);
    const freeze = state.measures.find((m: { key: string }) => m.key === '841 (1993)#op_8');
    expect(freeze.status).toBe('in-force');
    expect(freeze.exemptions).toHaveLength(1);
  });
});
