/**
 * Golden reports: each folder under golden/ holds a case (case.json: what it shows, the command
 * that makes it, and its inputs, in the folder or in resolutions/) and the expected report.md.
 * `UPDATE=1 npx vitest run test/report` writes the reports afresh, for a reviewer to read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { checkReport, type Feature } from './support/check-report.js';
import { decodeEntities } from './support/html.js';

interface GoldenCase {
  about: string;
  /** The bluedraft command, run from the repository root. */
  args: string[];
  expect: Feature[];
  /** Text the rendered report must show, character for character. */
  shows?: string[];
}

const GOLDEN = path.resolve('test/report/golden');
const CASES = readdirSync(GOLDEN).filter((name) => existsSync(path.join(GOLDEN, name, 'case.json')));

describe('golden reports', () => {
  it('has cases', () => expect(CASES.length).toBeGreaterThan(3));

  it.each(CASES)('%s', async (name) => {
    const folder = path.join(GOLDEN, name);
    const golden: GoldenCase = JSON.parse(readFileSync(path.join(folder, 'case.json'), 'utf8'));
    const run = await runCli(golden.args, { cwd: path.resolve('.') });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const expected = path.join(folder, 'report.md');
    if (process.env.UPDATE) writeFileSync(expected, run.stdout);
    expect(run.stdout, `${name}/report.md is out of date: run UPDATE=1 npx vitest run test/report and read the diff`).toBe(readFileSync(expected, 'utf8'));
    const html = checkReport(run.stdout, golden.expect);
    for (const text of golden.shows ?? []) expect(decodeEntities(html.replace(/<[^>]+>/g, ''))).toContain(text);
  });
});
