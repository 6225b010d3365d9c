import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseResolution } from '../../bench/generate.js';
import { Random, resolution } from '../diff/generate.js';
import { writeYaml } from '../../src/import/write-yaml.js';
import { compareDrafts } from '../../src/negotiate/compare/compare-drafts.js';
import { runCli } from '../support/run-cli.js';
import { BASE, FRANCE, UK, US } from './three-copies.js';
import { zeroDraft } from './zero-draft.js';

const standings = (comparison: ReturnType<typeof compareDrafts>) => comparison.paragraphs.map((p) => [p.id, p.standing]);

describe('compareDrafts: two competing drafts against their base', () => {
  it('tells agreed changes from changes only one draft makes', () => {
    const comparison = compareDrafts(BASE, { name: 'France', document: FRANCE }, { name: 'United Kingdom', document: UK });
    expect(standings(comparison)).toEqual([
      ['op_3', 'agreed'],
      ['op_5', 'only-a'],
      ['op_7', 'only-a'],
      ['op_9', 'only-b'],
    ]);
    expect(comparison.counts).toEqual({ conflict: 0, agreed: 1, 'only-a': 2, 'only-b': 1 });
    expect(comparison.paragraphs[3]!.b!.touches).toEqual(['moved']);
  });

  it('puts conflicts first, and says what each draft would do to each measure', () => {
    const comparison = compareDrafts(BASE, { name: 'France', document: FRANCE }, { name: 'United States', document: US });
    expect(standings(comparison)).toEqual([
      ['op_5', 'conflict'],
      ['op_7', 'conflict'],
      ['op_3', 'only-a'],
    ]);
    expect(comparison.paragraphs[1]!.b).toEqual({ touches: ['removed'] });
    expect(comparison.measures).toEqual([{ measure: 'humanitarian-exemption', base: ['op 7: names it'], a: ['op 7: names it'], b: [] }]);
  });
});

describe('bluedraft diff --base', () => {
  it('prints the comparison, and refuses drafts of another regime', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'bluedraft-compare-'));
    const schema = path.resolve(import.meta.dirname, '../../schemas/resolution.schema.json');
    for (const [name, document] of Object.entries({ base: BASE, france: FRANCE, us: US, libya: zeroDraft('resolutions/libya/S-RES-748-1992.yaml') })) await writeFile(path.join(folder, `${name}.yaml`), writeYaml(document, schema));
    const run = await runCli(['diff', '--base', 'base.yaml', 'france.yaml', 'us.yaml'], { cwd: folder });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^france\.yaml and us\.yaml against the base: 2 in conflict, 0 agreed, 1 only in france\.yaml, 0 only in us\.yaml\n\nop 5 \(op_5\): conflict\n {4}france\.yaml: reworded: Decides{\+, with immediate effect,\+} that/);
    expect(run.stdout).toContain('Measures:\n  humanitarian-exemption:\n    base: op 7: names it\n    france.yaml: op 7: names it\n    us.yaml: nothing\n');
    const md = await runCli(['diff', '--base', 'base.yaml', 'france.yaml', 'us.yaml', '--format', 'md'], { cwd: folder });
    expect(md.stdout).toMatch(/^# france\.yaml and us\.yaml against their base\n/);
    const refused = await runCli(['diff', '--base', 'base.yaml', 'france.yaml', 'libya.yaml'], { cwd: folder });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('bluedraft diff: libya.yaml is for the libya regime and the base for haiti: they are not versions of one text\n');
    const usage = await runCli(['diff', '--base', 'base.yaml', 'france.yaml'], { cwd: folder });
    expect(usage.code).toBe(2);
  });
});

describe('compareDrafts on random drafts', () => {
  it('finds identical drafts agreed throughout, and a draft against an untouched one alone in every change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0x7fffffff }), fc.integer({ min: 8, max: 40 }), (s, n) => {
        const base = resolution(s, n);
        const random = new Random(s + 3);
        const a = reviseResolution(random, base, 0.2);
        const comparison = compareDrafts(base, { name: 'A', document: a }, { name: 'B', document: structuredClone(a) });
        expect(comparison.paragraphs.every((p) => p.standing === 'agreed')).toBe(true);
        const alone = compareDrafts(base, { name: 'A', document: a }, { name: 'B', document: structuredClone(base) });
        expect(alone.paragraphs.every((p) => p.standing === 'only-a')).toBe(true);
        expect(alone.paragraphs.length).toBe(comparison.paragraphs.length);
      }),
      { numRuns: 30 },
    );
  });
});
