import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

/**
 * Structures of the texts of 1946–1960 that the format holds as printed (texts from
 * test/fixtures/corpus-unsc/en/, CR-UNSC, public domain):
 * - S/RES/47 (1948) prints "10. (a) The Government of India should agree …": paragraph 10 has no
 *   words of its own before its first subparagraph;
 * - S/RES/47 (1948) opens its operative part with unnumbered paragraphs ("Reaffirms …", "Resolves
 *   …", "Instructs …", "Recommends … :") before the numbered measures 1 to 16; S/RES/70 (1949)
 *   with "The Security Council / Resolves:" before "1, That …".
 * Each imports into a file that validates, prints back as the text prints it, and reads back the same.
 */
const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus-unsc/en');

async function importRenderImport(name: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-printed-'));
  copyFileSync(path.join(CORPUS, name), path.join(folder, 'input.txt'));
  const first = await runCli(['import', 'input.txt', '-o', 'first.yaml'], { cwd: folder });
  const rendered = await runCli(['render', 'first.yaml', '-o', 'printed.txt'], { cwd: folder });
  const again = await runCli(['import', 'printed.txt', '-o', 'again.yaml'], { cwd: folder });
  const diff = await runCli(['diff', 'first.yaml', 'again.yaml'], { cwd: folder });
  return { folder, first, rendered, again, diff, printed: readFileSync(path.join(folder, 'printed.txt'), 'utf8'), yaml: readFileSync(path.join(folder, 'first.yaml'), 'utf8') };
}

describe('structures of the early texts, as printed', () => {
  it('S/RES/47 (1948): "10. (a) …" and the unnumbered paragraphs before paragraph 1 validate, print as printed and read back the same', async () => {
    const run = await importRenderImport('S_RES_0047_1948_EN_GOLD.txt');
    expect(run.first.stderr).not.toMatch(/does not validate/);
    expect(run.first.code).toBe(0);
    expect(run.rendered.code).toBe(0);
    expect(run.printed).toMatch(/^10\. \(a\) The Government of India should agree that a nominee of the Secretary-General/m);
    expect(run.printed).toMatch(/^Recommends to the Governments of India and Pakistan the following measures/m);
    expect(run.again.code).toBe(0);
    expect(run.diff.code).toBe(0);
    expect(run.diff.stdout).toMatch(/^No differences/m);
  });

  it('S/RES/70 (1949): "The Security Council / Resolves:" opens no paragraph; "1, That …" is paragraph 1', async () => {
    const run = await importRenderImport('S_RES_0070_1949_EN_GOLD.txt');
    expect(run.first.code).toBe(0);
    expect(run.yaml).toMatch(/^operative:\n {2}- id: op_1\n {4}number: 1\n/m);
    expect(run.diff.stdout).toMatch(/^No differences/m);
  });

  it('a draft still numbers every paragraph: an unnumbered first paragraph is missing its number', async () => {
    const run = await importRenderImport('S_RES_0047_1948_EN_GOLD.txt');
    const draft = run.yaml.replace(/^kind: resolution$/m, 'kind: draft').replace(/^status: adopted$/m, 'status: circulated');
    const folder = run.folder;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(folder, 'draft.yaml'), draft.replace(/^symbol: .*\n/m, '').replace(/^number: .*\n/m, '').replace(/adopted: /, 'circulated: '));
    const checked = await runCli(['validate', 'draft.yaml'], { cwd: folder });
    expect(checked.stdout + checked.stderr).toMatch(/\[missing-number\]/);
  });
});
