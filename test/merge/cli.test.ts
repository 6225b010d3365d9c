import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeYaml } from '../../src/import/write-yaml.js';
import { loadText } from '../../src/load/load-document.js';
import { runCli } from '../support/run-cli.js';
import { BASE, FRANCE, UK, US } from './three-copies.js';
import { shipped } from './zero-draft.js';

let folder: string;
const SCHEMA = path.resolve(import.meta.dirname, '../../schemas/resolution.schema.json');

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-merge-'));
  for (const [name, document] of Object.entries({ base: BASE, france: FRANCE, uk: UK, us: { ...US, sponsors: ['United States of America'] }, libya: shipped('resolutions/libya/S-RES-748-1992.yaml') })) {
    await writeFile(path.join(folder, `${name}.yaml`), writeYaml(document, SCHEMA));
  }
});

describe('bluedraft merge', () => {
  it('writes the merged revision, which validates, and prints the summary, conflicts first', async () => {
    const run = await runCli(['merge', 'base.yaml', 'france.yaml', 'uk.yaml', 'us.yaml', '--as', 'France', '--as', 'United Kingdom', '--as', 'United States of America', '-o', 'rev1.yaml'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^merged 3 copies of base\.yaml into rev1\.yaml: 2 paragraphs in conflict or brackets/);
    expect(run.stdout.indexOf('Conflicts:')).toBeLessThan(run.stdout.indexOf('Delegations:'));
    const written = loadText('rev1.yaml', await readFile(path.join(folder, 'rev1.yaml'), 'utf8'));
    expect(written.ok).toBe(true);
    const validate = await runCli(['validate', 'rev1.yaml'], { cwd: folder });
    expect(validate.code).toBe(0);
  });

  it('names a copy by its sponsors, and gives the summary as JSON or Markdown', async () => {
    const json = await runCli(['merge', 'base.yaml', 'us.yaml', '--format', 'json'], { cwd: folder });
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/^# yaml-language-server/);
    expect(JSON.parse(json.stderr).delegations[0].delegation).toBe('United States of America');
    const md = await runCli(['merge', 'base.yaml', 'us.yaml', '--format', 'md'], { cwd: folder });
    expect(md.stderr).toMatch(/^# Merge of 1 copy of base\.yaml\n/);
  });

  it('counts one change taken in the singular (it read "1 changes taken")', async () => {
    const one = { ...BASE, operative: BASE.operative.map((p, k) => (k === 0 ? { ...p, text: `${p.text} (amended)` } : p)) };
    await writeFile(path.join(folder, 'one.yaml'), writeYaml(one, SCHEMA));
    const md = await runCli(['merge', 'base.yaml', 'one.yaml', '--as', 'France', '--format', 'md'], { cwd: folder });
    expect(md.stderr).toMatch(/\*\*Summary:\*\* 0 paragraphs in conflict or brackets, 1 change taken,/);
  });

  it('refuses a copy of another regime plainly, writing nothing', async () => {
    const run = await runCli(['merge', 'base.yaml', 'libya.yaml', '--as', 'France', '-o', 'never.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^bluedraft merge: France's copy is for the libya regime and the base for haiti: they are not versions of one text; nothing was written\n$/);
    await expect(readFile(path.join(folder, 'never.yaml'))).rejects.toThrow();
  });

  it('asks whose copy an unsponsored copy is', async () => {
    const run = await runCli(['merge', 'base.yaml', 'france.yaml'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/france\.yaml names no sponsors: say whose copy it is with --as NAME/);
  });

  it('never replaces an existing file without --force', async () => {
    const run = await runCli(['merge', 'base.yaml', 'france.yaml', '--as', 'France', '-o', 'base.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/base\.yaml already exists; nothing was written/);
  });
});
