import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/** Paragraphs of 748 (1992) and 883 (1993) as printed, with effects that wait for the Council and count days from adoption. */
const FOLDER = 'test/consolidate/fixtures/conditions';
const DRAFT = 'test/consolidate/fixtures/drafts/conditions-lift.yaml';

describe('bluedraft regime shows what conditions hold back', () => {
  it('in text: the pending termination under the measure and in its own section, never applied', async () => {
    const run = await runCli(['regime', 'conditions-test', '--dir', FOLDER, '--as-of', '1993-12-02']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^IN FORCE \(2\)$/m);
    expect(run.stdout).toContain('    1992-04-15  imposed by resolution 748 (1992), paragraph 3\n        takes hold 15 days after adoption\n    pending: terminated by resolution 748 (1992), paragraph 3');
    expect(run.stdout).toContain('waits for (never applied until recorded as met): until the Security Council decides that the Libyan Government has complied with paragraphs 1 and 2 above');
    expect(run.stdout).toMatch(/^PENDING ON A CONDITION \(NEVER APPLIED UNTIL RECORDED AS MET\) \(1\)$/m);
    expect(run.stdout).toContain('    would act on: 748 (1992)#op_4');
    // "at 0001 hours eastern standard time on 1 December 1993": twenty days after 11 November, at 00:01 EST.
    expect(run.stdout).toContain('1993-12-01 00:01 EST  imposed by resolution 883 (1993), paragraph 2');
    expect(run.stdout).toContain('condition (read as not met unless recorded as met): unless the Secretary-General has reported');
  });

  it('in JSON: the conditional changes and each measure\'s awaiting entries', async () => {
    const run = await runCli(['regime', 'conditions-test', '--dir', FOLDER, '--as-of', '1993-11-30', '--format', 'json']);
    const state = JSON.parse(run.stdout);
    expect(state.conditional).toMatchObject([{ status: 'pending', measures: ['748 (1992)#op_4'], entry: { action: 'terminate', awaits: 'until the Security Council decides that the Libyan Government has complied with paragraphs 1 and 2 above' } }]);
    const freeze = state.measures.find((m: { key: string }) => m.key === '883 (1993)#op_3');
    expect(freeze).toMatchObject({ status: 'pending', scheduled: [{ action: 'impose', at: { date: '1993-12-01', time: '00:01', zone: 'EST' }, after: { days: 20, from: 'adoption' } }] });
  });

  it('in Markdown: a section of changes pending on a condition', async () => {
    const run = await runCli(['regime', 'conditions-test', '--dir', FOLDER, '--as-of', '1993-12-02', '--format', 'md']);
    expect(run.stdout).toContain('## Changes pending on a condition (1)');
    expect(run.stdout).toContain('_Waits for, and is not applied until recorded as met:_ “until the Security Council decides');
  });
});

describe('bluedraft regime once users record conditions met', () => {
  it('applies the awaited termination from the moment recorded, and calls off the imposition whose "unless" was met first', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-conditions-'));
    await cp(FOLDER, folder, { recursive: true });
    const record = async (file: string, after: string, met: string) => {
      const text = await readFile(path.join(folder, file), 'utf8');
      await writeFile(path.join(folder, file), text.replace(after, `${after}\n          met: ${met}`));
    };
    await record('S-RES-748-1992.yaml', 'awaits: until the Security Council decides that the Libyan Government has complied with paragraphs 1 and 2 above', '{ date: 1999-04-05, time: "10:00", zone: EST, by: S/PRST/1999/10 }');
    await record('S-RES-883-1993.yaml', 'condition: unless the Secretary-General has reported to the Council in the terms set out in paragraph 16 below', '{ date: 1993-11-30, by: S/26800 }');
    const run = await runCli(['regime', 'conditions-test', '--dir', folder, '--as-of', '2000-01-01']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^TERMINATED \(1\)$/m);
    expect(run.stdout).toContain('1999-04-05 10:00 EST  terminated by resolution 748 (1992), paragraph 3');
    expect(run.stdout).toContain('recorded as met on 1999-04-05 10:00 EST (S/PRST/1999/10)');
    expect(run.stdout).toMatch(/^ADOPTED, NOT YET IN FORCE \(1\)$/m);
    expect(run.stdout).toContain('called off: imposed by resolution 883 (1993), paragraph 2 (was to take hold 1993-12-01 00:01 EST)');
    expect(run.stdout).toMatch(/^CALLED OFF BY AN "UNLESS" RECORDED AS MET \(1\)$/m);
  });
});

describe('bluedraft impact on a draft whose lifting waits for the Council', () => {
  it('leaves the measure unchanged and lists the lifting as pending, in text, JSON and Markdown', async () => {
    const json = JSON.parse((await runCli(['impact', DRAFT, '--dir', FOLDER, '--format', 'json'])).stdout);
    expect(json.measures.map((m: { measure: { key: string }; category: string }) => [m.measure.key, m.category])).toEqual([
      ['748 (1992)#op_4', 'unchanged'],
      ['883 (1993)#op_3', 'unchanged'],
    ]);
    expect(json.conditional).toMatchObject([{ status: 'pending', measures: ['748 (1992)#op_4'], entry: { action: 'terminate', by: { paragraph: '1' } } }]);
    expect(json.acting.map((clause: { by: { paragraph: string } }) => clause.by.paragraph)).toEqual(['1']);
    const text = (await runCli(['impact', DRAFT, '--dir', FOLDER])).stdout;
    expect(text).toMatch(/^Summary: 0 terminated, .* 2 unchanged$/m);
    expect(text).toContain('PENDING ON A CONDITION (NEVER APPLIED UNTIL RECORDED AS MET) (1)\n  pending: terminate by draft of 1994-01-10, paragraph 1\n    waits for (never applied until recorded as met): once the Council agrees');
    const md = (await runCli(['impact', DRAFT, '--dir', FOLDER, '--format', 'md'])).stdout;
    expect(md).toContain('## Changes pending on a condition (1)');
    expect(md).toContain('once the Council agrees that the Libyan Government has complied');
  });
});
