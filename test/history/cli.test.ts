import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeYaml } from '../../src/import/write-yaml.js';
import { runCli } from '../support/run-cli.js';
import { zeroDraft } from '../merge/zero-draft.js';
import { FIVE } from './five-revisions.js';

let folder: string;
const SCHEMA = path.resolve(import.meta.dirname, '../../schemas/resolution.schema.json');
/** File names that sort against the order of the revisions' dates, so that the folder's order must come from the dates. */
const NAMES = ['e-zero.yaml', 'd-rev1.yaml', 'c-rev2.yaml', 'b-rev3.yaml', 'a-rev4.yaml'];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-history-'));
  await mkdir(path.join(folder, 'revs'));
  for (const [i, { document }] of FIVE.entries()) {
    await writeFile(path.join(folder, 'revs', NAMES[i]!), writeYaml({ ...document, dates: { revised: `1993-06-1${i}` } }, SCHEMA));
  }
  const { dates: _d, ...undated } = FIVE[0]!.document;
  void _d;
  await writeFile(path.join(folder, 'undated.yaml'), writeYaml(undated, SCHEMA));
  await writeFile(path.join(folder, 'libya.yaml'), writeYaml(zeroDraft('resolutions/libya/S-RES-748-1992.yaml'), SCHEMA));
});

describe('bluedraft history', () => {
  it('orders a folder by the revisions’ dates and tells each paragraph’s story', async () => {
    const run = await runCli(['history', 'revs'], { cwd: folder });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [first, second] = run.stdout.split('\n');
    expect(first).toBe(`history of 5 revisions: ${NAMES.map((n) => `revs/${n}`).join(' → ')}`);
    expect(second).toMatch(/^final text: revs\/e-zero\.yaml \d+ words, revs\/d-rev1\.yaml \d+ words, .*revs\/a-rev4\.yaml 1 word$/);
    expect(run.stdout).toContain('  revs/d-rev1.yaml: bracket opened [with immediate effect, | from 23 June 1993,], proposed by France and United States of America\n');
    expect(run.stdout).toContain('  revs/b-rev3.yaml: bracket resolved [with immediate effect, | from 23 June 1993,], for United States of America\n');
    expect(run.stdout).toContain('  revs/a-rev4.yaml: reworded: [-Affirms-]{+Reaffirms+} that');
    expect(run.stdout).toMatch(/Dropped:\n {2}op 7 \(op_7\): dropped in revs\/c-rev2\.yaml \(last in revs\/d-rev1\.yaml\)\n$/);
  });

  it('writes JSON and a Markdown report with each word’s revision', async () => {
    const json = await runCli(['history', 'revs', '--format', 'json'], { cwd: folder });
    expect(JSON.parse(json.stdout).dropped[0].id).toBe('op_7');
    const md = await runCli(['history', 'revs', '--format', 'md'], { cwd: folder });
    expect(md.stdout).toMatch(/^# History of 5 revisions\n/);
    expect(md.stdout).toContain('Reaffirms<sub>r4</sub>');
  });

  it('says which revision of a folder has no date', async () => {
    await writeFile(path.join(folder, 'revs', 'f-undated.yaml'), writeYaml(FIVE[1]!.document, SCHEMA));
    const run = await runCli(['history', 'revs'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('bluedraft history: revs/f-undated.yaml has no date, so the revisions of the folder cannot be put in order; give each a dates.revised (or circulated), or name the files in order\n');
    const { rm } = await import('node:fs/promises');
    await rm(path.join(folder, 'revs', 'f-undated.yaml'));
  });

  it('takes files in the order given, and refuses files that are not revisions of one text', async () => {
    const run = await runCli(['history', 'undated.yaml', 'libya.yaml'], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('bluedraft history: libya.yaml is for the libya regime and undated.yaml for haiti: they are not versions of one text\n');
  });
});
