import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedDocument } from '../support/loaded-document.js';
import { runCli } from '../support/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = path.join(ROOT, 'resolutions/haiti/S-RES-873-1993.yaml');

describe('bluedraft render --format akn, validate, import', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-akn-cli-'));
  copyFileSync(SOURCE, path.join(folder, 'res.yaml'));

  it('renders, validates against the schema, and imports back to the same resolution', async () => {
    const rendered = await runCli(['render', 'res.yaml', '-o', 'res.xml'], { cwd: folder });
    expect(rendered).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(path.join(folder, 'res.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /);
    const checked = await runCli(['validate', 'res.xml'], { cwd: folder });
    expect(checked.stdout).toContain('1 file checked: 0 errors');
    expect(checked.code).toBe(0);
    const imported = await runCli(['import', 'res.xml', '-o', 'back.yaml'], { cwd: folder });
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(loadedDocument(path.join(folder, 'back.yaml'))).toEqual(loadedDocument(SOURCE));
  });

  it('prints to standard output with --format akn, and refuses --clean with it', async () => {
    const printed = await runCli(['render', 'res.yaml', '--format', 'akn'], { cwd: folder });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('<statement name="resolution"');
    const clean = await runCli(['render', 'res.yaml', '--format', 'akn', '--clean'], { cwd: folder });
    expect(clean.code).toBe(2);
  });

  it('validate: an element the schema does not allow, at its line and column', async () => {
    const xml = readFileSync(path.join(folder, 'res.xml'), 'utf8').replace('<num>1.</num>', '<num>1.</num><bogus/>');
    writeFileSync(path.join(folder, 'bad.xml'), xml);
    const line = xml.split('\n').findIndex((l) => l.includes('<bogus/>')) + 1;
    const col = xml.split('\n')[line - 1]!.indexOf('<bogus/>') + 1;
    const checked = await runCli(['validate', 'bad.xml'], { cwd: folder });
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`bad.xml:${line}:${col}  error  not valid Akoma Ntoso 3.0: Element 'bogus': This element is not expected.`);
  });

  it('a draft without a date cannot be addressed: refused with the fix', async () => {
    writeFileSync(path.join(folder, 'undated.yaml'), 'kind: draft\nstatus: zero-draft\nlanguage: en\ncompleteness: full\npreamble: []\noperative:\n  - id: op_1\n    number: 1\n    text: Decides to remain seized of the matter.\n');
    const run = await runCli(['render', 'undated.yaml', '--format', 'akn'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('undated.yaml:1:1  error  the document has no date');
    expect(run.stderr).toContain('fix: add `dates: { circulated: YYYY-MM-DD }`');
  });
});
