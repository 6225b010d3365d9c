import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/load-document.js';
import { runCli } from '../support/run-cli.js';
import { ROOT } from './haiti-draft.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'bluedraft-new-'));
const CORPUS = ['--corpus', path.join(ROOT, 'resolutions')];

describe('bluedraft new', () => {
  it('writes a draft skeleton that bluedraft validate accepts without a single warning', async () => {
    const dir = folder();
    const run = await runCli(['new', '--regime', 'haiti', '--symbol', 'S/1993/999', '--title', 'Haiti: sanctions review', '--sponsor', 'Canada', '--sponsor', 'France', ...CORPUS, '-o', 'drafts/haiti.yaml'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('created drafts/haiti.yaml');
    const validate = await runCli(['validate', 'drafts/haiti.yaml', ...CORPUS, '--strict'], { cwd: dir });
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).toContain('0 errors, 0 warnings');
  });

  it('opens with the regime’s resolutions, acts under Chapter VII, and remains seized of the matter', async () => {
    const run = await runCli(['new', '--regime', 'haiti', ...CORPUS]);
    const yaml = run.stdout;
    expect(yaml.split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.relative(process.cwd(), path.join(ROOT, 'schemas/resolution.schema.json'))}`);
    const loaded = loadText('draft.yaml', yaml);
    if (!loaded.ok) throw new Error('the skeleton does not load');
    const draft = loaded.loaded.document;
    expect(draft).toMatchObject({ kind: 'draft', status: 'zero-draft', regime: 'haiti', completeness: 'full' });
    expect(draft.symbol).toBeUndefined();
    const haiti = ['841 (1993)', '861 (1993)', '873 (1993)', '875 (1993)'];
    expect(draft.preamble[0]!.text).toBe(`Recalling its previous relevant resolutions, including ${haiti.slice(0, -1).map((c) => `resolution ${c}`).join(', ')} and resolution 875 (1993),`);
    expect(draft.preamble[0]!.references!.map((r) => r.resolution)).toEqual(haiti);
    expect(draft.preamble[1]!.text).toBe('Acting under Chapter VII of the Charter of the United Nations,');
    expect(draft.operative.at(-1)).toEqual({ id: 'op_1', number: 1, text: 'Decides to remain seized of the matter.' });
  });

  it('places the schema line relative to the file it writes', async () => {
    const dir = folder();
    await runCli(['new', '--regime', 'haiti', ...CORPUS, '-o', 'a/b/draft.yaml'], { cwd: dir });
    const line = readFileSync(path.join(dir, 'a/b/draft.yaml'), 'utf8').split('\n')[0]!;
    const schema = line.replace('# yaml-language-server: $schema=', '');
    expect(path.resolve(dir, 'a/b', schema)).toBe(path.join(ROOT, 'schemas/resolution.schema.json'));
  });

  it('never overwrites an existing file unless --force', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'draft.yaml'), 'my work\n');
    const refused = await runCli(['new', '--regime', 'haiti', ...CORPUS, '-o', 'draft.yaml'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('draft.yaml already exists; nothing was written');
    expect(readFileSync(path.join(dir, 'draft.yaml'), 'utf8')).toBe('my work\n');
    const forced = await runCli(['new', '--regime', 'haiti', ...CORPUS, '-o', 'draft.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'draft.yaml'), 'utf8')).toContain('kind: draft');
  });

  it('refuses a resolution symbol, a malformed symbol or regime, and a missing regime', async () => {
    expect((await runCli(['new', '--regime', 'haiti', '--symbol', 'S/RES/841 (1993)', ...CORPUS])).code).toBe(2);
    expect((await runCli(['new', '--regime', 'haiti', '--symbol', 'S/93/1', ...CORPUS])).code).toBe(2);
    expect((await runCli(['new', '--regime', 'Haiti', ...CORPUS])).code).toBe(2);
    const missing = await runCli(['new', ...CORPUS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('give the regime');
  });

  it('suggests the regime meant when none of its resolutions is in the corpus, and still writes a valid draft', async () => {
    const run = await runCli(['new', '--regime', 'haitti', ...CORPUS]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('did you mean "haiti"?');
    expect(loadText('draft.yaml', run.stdout).ok).toBe(true);
  });

  it('asks its questions when run in a terminal with no arguments', async () => {
    const dir = folder();
    symlinkSync(path.join(ROOT, 'resolutions'), path.join(dir, 'resolutions'));
    const answers = ['libya', 'S/1993/700', '', 'France; United Kingdom of Great Britain and Northern Ireland', 'libya-draft.yaml'];
    const questions: string[] = [];
    const run = await runCli(['new'], {
      cwd: dir,
      isTTY: true,
      prompt: async (question) => {
        questions.push(question);
        return answers.shift()!;
      },
    });
    expect(questions).toHaveLength(5);
    expect(questions[0]).toContain('haiti, libya, southern-rhodesia');
    expect(run.code, run.stderr).toBe(0);
    const file = path.join(dir, 'libya-draft.yaml');
    const loaded = loadText(file, readFileSync(file, 'utf8'));
    if (!loaded.ok) throw new Error('the draft does not load');
    expect(loaded.loaded.document).toMatchObject({ regime: 'libya', symbol: 'S/1993/700', sponsors: ['France', 'United Kingdom of Great Britain and Northern Ireland'] });
    expect(loaded.loaded.document.title).toBeUndefined();
    expect(loaded.loaded.document.preamble[0]!.text).toContain('resolution 748 (1992) and resolution 883 (1993)');
  });

  it('does not ask when there is no terminal', async () => {
    const run = await runCli(['new'], { cwd: folder(), isTTY: false, prompt: async () => 'haiti' });
    expect(run.code).toBe(2);
  });
});
