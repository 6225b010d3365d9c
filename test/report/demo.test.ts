/**
 * `npm run demo` runs the compiled CLI over the shipped corpus. Its reports are committed in
 * reports/, so that they can be read without installing anything; this test runs the demo afresh
 * and checks that they are exactly what it makes, and that each renders as GitHub would show it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing } from '../support/run-cli.js';
import { checkReport, type Feature } from './support/check-report.js';
import { decodeEntities } from './support/html.js';

const REPORTS: Record<string, { expect: Feature[]; shows: string[] }> = {
  'haiti-861-impact.md': { expect: ['table', 'mermaid'], shows: ['4 suspended', 'resolution 861 (1993), paragraph 1', 'Decides to remain seized of the matter.'] },
  'haiti-873-impact.md': { expect: ['table', 'mermaid'], shows: ['4 reinstated', 'Exemption granted by resolution 873 (1993), paragraph 2'] },
  'dprk-2019-12-16-cn-ru-draft-impact.md': {
    expect: ['table', 'mermaid', 'summaries'],
    shows: ['(statues)', '(seafood)', '(textiles)', '(coal, iron, iron ore)', 'Overseas workers', 'paragraph not confirmed', 'Calls for the six-party talks to resume'],
  },
  'haiti-hypothetical-rev1-diff.md': { expect: ['table', 'redline'], shows: ['1 binding → non-binding', 'Decides → Calls upon'] },
  'haiti-regime-1993-10-19.md': { expect: ['table', 'mermaid'], shows: ['The Haiti sanctions regime as of 19 October 1993', 'Review clauses'] },
};

let folder: string;
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  // The demo runs the compiled CLI.
  buildIfMissing();
  folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-demo-'));
  run = spawnSync(process.execPath, ['scripts/demo.mjs', folder], { encoding: 'utf8' });
}, 300_000);

describe('npm run demo', () => {
  it('writes every report and says where each one is', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(Object.keys(REPORTS).sort());
    for (const file of Object.keys(REPORTS)) expect(run.stdout).toContain(path.join(path.relative(process.cwd(), folder), file));
  });

  it.each(Object.keys(REPORTS))('%s is committed in reports/ exactly as the demo makes it', (file) => {
    expect(readFileSync(path.join('reports', file), 'utf8'), `reports/${file} is out of date: run \`npm run demo\` and commit reports/`).toBe(readFileSync(path.join(folder, file), 'utf8'));
  });

  it.each(Object.keys(REPORTS))('%s renders as GitHub shows it', (file) => {
    const html = checkReport(readFileSync(path.join(folder, file), 'utf8'), REPORTS[file]!.expect);
    const text = decodeEntities(html.replace(/<[^>]+>/g, ''));
    for (const shown of REPORTS[file]!.shows) expect(text).toContain(shown);
  });
});
