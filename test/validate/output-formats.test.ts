import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const VALID = path.resolve('test/fixtures/valid-minimal.yaml');
const BAD = path.resolve('test/fixtures/bad-input');

let folder: string;
let warningOnly: string;
let unknownProperty: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-formats-'));
  // A draft marked adopted is suspicious but not invalid: a warning.
  warningOnly = path.join(folder, 'adopted-draft.yaml');
  await writeFile(warningOnly, (await readFile(VALID, 'utf8')).replace('status: circulated', 'status: adopted'));
  // Diagnostics come sorted by file path; both files sit in one folder so that their order does
  // not depend on where the checkout and the temporary folder happen to be.
  unknownProperty = path.join(folder, 'unknown-property-top.yaml');
  await writeFile(unknownProperty, await readFile(path.join(BAD, 'unknown-property-top.yaml'), 'utf8'));
});

describe('validate --format json', () => {
  it('has the documented, stable shape', async () => {
    const run = await runCli(['validate', '--format', 'json', '--corpus', folder, path.join(BAD, 'numbering-gap.yaml'), path.join(BAD, 'invalid-status.yaml'), VALID]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'summary', 'diagnostics']);
    expect(report.version).toBe(1);
    expect(report.summary).toEqual({ files: 3, errors: 2, warnings: 0, infos: 0 });
    for (const d of report.diagnostics) {
      expect(Object.keys(d).sort()).toEqual(['code', 'col', 'file', 'hint', 'line', 'message', 'severity']);
      expect(path.isAbsolute(d.file)).toBe(false);
    }
    expect(report.diagnostics.map((d: { code: string }) => d.code)).toEqual(['invalid-value', 'numbering']);
  });

  it('reports a clean file with an empty list and exit 0', async () => {
    const run = await runCli(['validate', '--format', 'json', '--corpus', folder, VALID]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ version: 1, summary: { files: 1, errors: 0, warnings: 0, infos: 0 }, diagnostics: [] });
  });
});

describe('validate --format github', () => {
  it('prints one workflow command per diagnostic that the Actions runner can parse', async () => {
    const run = await runCli(['validate', '--format', 'github', '--corpus', folder, unknownProperty, warningOnly]);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(2);
    const parsed = commands.map((line) => {
      const match = /^::(error|warning|notice) (.*?)::(.*)$/.exec(line);
      expect(match).not.toBeNull();
      const properties = Object.fromEntries(match![2]!.split(',').map((pair) => pair.split('=') as [string, string]));
      return { command: match![1], properties, message: decodeURIComponent(match![3]!.replace(/%0A/g, '\n')) };
    });
    expect(parsed[0]).toMatchObject({ command: 'warning', properties: { line: '4', col: '9' } });
    expect(parsed[0]!.properties.file).toMatch(/adopted-draft\.yaml$/);
    expect(parsed[1]).toMatchObject({ command: 'error', properties: { line: '5', col: '1', title: 'bluedraft unknown-property' } });
    expect(parsed[1]!.message).toContain('did you mean `symbol`?');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 files checked: 1 error, 1 warning, 0 info');
  });
});

describe('exit codes', () => {
  it('exits 0 with warnings only, and 1 with --strict', async () => {
    expect((await runCli(['validate', '--corpus', folder, warningOnly])).code).toBe(0);
    expect((await runCli(['validate', '--strict', '--corpus', folder, warningOnly])).code).toBe(1);
  });

  it('exits 2 on a usage error and says what was wrong', async () => {
    const run = await runCli(['validate', '--format', 'xml', VALID]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be one of text, json, github (got "xml")');
    expect((await runCli(['validate', '--no-such-option', VALID])).code).toBe(2);
  });

  it('prints file:line:col  severity  message  [code] with the fix, and a summary line', async () => {
    const run = await runCli(['validate', '--corpus', folder, path.join(BAD, 'duplicate-id.yaml')]);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^test\/fixtures\/bad-input\/duplicate-id\.yaml:23:9 {2}error {2}the id `op_1` is already used .* {2}\[duplicate-id\]$/);
    expect(lines[1]).toMatch(/^ {4}fix: /);
    expect(lines.at(-1)).toBe('1 file checked: 1 error, 0 warnings, 0 info');
  });

  it('colours severities on a terminal only, and never with NO_COLOR', async () => {
    const target = path.join(BAD, 'duplicate-id.yaml');
    expect((await runCli(['validate', '--corpus', folder, target], { isTTY: true })).stdout).toContain('\x1b[31merror');
    expect((await runCli(['validate', '--corpus', folder, target], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });
});
