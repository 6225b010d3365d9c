import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * A regime none of the project's curated files or gold holds (hypothetical texts, see
 * test/fixtures/unseen-regime/README.md), in the modern layout: imported with no hand edit as a
 * user would (`import --regime`), then asked what is in force (`regime --as-of`).
 */
const TEXTS = path.resolve(import.meta.dirname, '../fixtures/unseen-regime');

interface MeasureJson {
  key: string;
  status: string;
  measures: string[];
  history: Array<{ action: string; by: { documentKey: string } }>;
  exemptions: unknown[];
}

let folder = '';

async function regimeAt(date: string): Promise<{ measures: MeasureJson[]; conditional: Array<{ status: string; entry: { action: string; awaits?: string }; measures: string[] }> }> {
  const run = await runCli(['regime', 'ruritania', '--dir', 'res', '--as-of', date, '--format', 'json'], { cwd: folder });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

const inForce = (state: { measures: MeasureJson[] }) => state.measures.filter((m) => m.status === 'in-force').map((m) => `${m.key} ${m.measures.join(',')}`);

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-unseen-'));
  cpSync(TEXTS, path.join(folder, 'src'), { recursive: true });
  for (const name of readdirSync(TEXTS).filter((f) => f.endsWith('.txt'))) {
    const run = await runCli(['import', `src/${name}`, '--regime', 'ruritania', '-o', `res/${name.replace(/\.txt$/, '.yaml')}`], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
  }
});

describe('a regime the code was not built on, imported with no hand edit', () => {
  it('the day after 950 (1995): the general and complete arms embargo, narrowed by its exemption; the call is no measure', async () => {
    const state = await regimeAt('1995-03-04');
    expect(inForce(state)).toEqual(['950 (1995)#op_2 arms-embargo']);
    expect(state.measures[0]!.exemptions).toHaveLength(1);
  });

  it('the day after 960 (1995): its ban and freeze wait out the ten days, and its lifting waits for the Council', async () => {
    const state = await regimeAt('1995-09-16');
    expect(inForce(state)).toEqual(['950 (1995)#op_2 arms-embargo']);
    expect(state.measures.filter((m) => m.status === 'pending').map((m) => m.key)).toEqual(['960 (1995)#op_1', '960 (1995)#op_2']);
    expect(state.conditional).toEqual([expect.objectContaining({ status: 'pending', entry: expect.objectContaining({ action: 'terminate', awaits: expect.stringMatching(/^once the Council agrees/) }) })]);
  });

  it('ten days on: ban and freeze in force, the embargo continued (not a second embargo), the lifting still pending', async () => {
    const state = await regimeAt('1995-09-26');
    expect(inForce(state)).toEqual(['950 (1995)#op_2 arms-embargo', '960 (1995)#op_1 supply-ban:petroleum', '960 (1995)#op_2 asset-freeze']);
    expect(state.measures[0]!.history.map((h) => `${h.action} ${h.by.documentKey}`)).toEqual(['impose 950 (1995)', 'exempt 950 (1995)', 'continue 960 (1995)']);
    expect(state.conditional.map((c) => c.status)).toEqual(['pending']);
  });

  it('after 970 (1996), in parts A and B: the ban suspended, the freeze kept in force, a travel ban added', async () => {
    const state = await regimeAt('1996-04-03');
    expect(inForce(state)).toEqual(['950 (1995)#op_2 arms-embargo', '960 (1995)#op_2 asset-freeze', '970 (1996)#op_3 travel-ban']);
    expect(state.measures.filter((m) => m.status === 'suspended').map((m) => m.key)).toEqual(['960 (1995)#op_1']);
    expect(state.measures.find((m) => m.key === '960 (1995)#op_2')!.history.map((h) => h.action)).toEqual(['impose', 'continue']);
  });
});
