/**
 * The Word output of the commands: `render`, `diff`, `impact` and `regime` with `--format docx`.
 * A Word file goes to `-o FILE` under the same policy as text (never over a file without
 * --force), or down a pipe as bytes; never onto a terminal.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { Io } from '../../../src/cli/io.js';
import { runCli } from '../../support/run-cli.js';
import { parts } from './support/word-view.js';

const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-docx-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the CLI with stdout a pipe that takes bytes (or a terminal). */
async function run(args: string[], isTTY = false): Promise<{ code: number; bytes: Uint8Array[]; stdout: string; stderr: string }> {
  const out = { bytes: [] as Uint8Array[], stdout: '', stderr: '' };
  const io: Io = { stdout: (t) => void (out.stdout += t), stdoutBytes: (b) => void out.bytes.push(b), stderr: (t) => void (out.stderr += t), isTTY, env: {}, cwd: process.cwd() };
  return { code: await main(args, io), ...out };
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

const DIFF = ['diff', 'examples/haiti-hypothetical-draft/zero-draft.yaml', 'examples/haiti-hypothetical-draft/rev1.yaml'];
const COMMANDS: Array<[string, string[]]> = [
  ['render', ['render', 'resolutions/haiti/S-RES-841-1993.yaml', '--format', 'docx']],
  ['diff', [...DIFF, '--format', 'docx']],
  ['impact', ['impact', 'resolutions/haiti/S-RES-873-1993.yaml', '--format', 'docx']],
  ['regime', ['regime', 'haiti', '--as-of', '1993-10-19', '--format', 'docx']],
];

describe('--format docx on the command line', () => {
  it.each(COMMANDS)('%s refuses to print a Word file to a terminal, saying to add -o', async (_, args) => {
    const result = await run(args, true);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('add -o FILE.docx');
    expect(result.bytes).toEqual([]);
    expect(result.stdout).toBe('');
  });

  it.each(COMMANDS)('%s writes the Word file down a pipe', async (_, args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.bytes).toHaveLength(1);
    expect(isZip(result.bytes[0]!)).toBe(true);
    expect(parts(result.bytes[0]!)['word/document.xml']).toContain('<w:body>');
  });

  it('writes -o FILE.docx, and never over an existing file without --force', async () => {
    const file = path.join(folder, 'changes.docx');
    expect((await runCli([...DIFF, '--format', 'docx', '-o', file])).code).toBe(0);
    expect(isZip(readFileSync(file))).toBe(true);
    writeFileSync(file, 'keep me');
    const refused = await runCli([...DIFF, '--format', 'docx', '-o', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await runCli([...DIFF, '--format', 'docx', '-o', file, '--force'])).code).toBe(0);
    expect(isZip(readFileSync(file))).toBe(true);
  });

  it('render chooses Word from -o FILE.docx', async () => {
    const file = path.join(folder, 'sub', '841.docx');
    const result = await runCli(['render', 'resolutions/haiti/S-RES-841-1993.yaml', '-o', file]);
    expect(result.code).toBe(0);
    expect(isZip(readFileSync(file))).toBe(true);
  });

  it('diff --author names the author of every tracked change', async () => {
    const result = await run([...DIFF, '--format', 'docx', '--author', 'Mission of <Ruritania> & "Co"']);
    const document = parts(result.bytes[0]!)['word/document.xml']!;
    const authors = new Set([...document.matchAll(/w:author="([^"]*)"/g)].map((m) => m[1]));
    expect(authors).toEqual(new Set(['Mission of &#x3C;Ruritania> &#x26; &#x22;Co&#x22;']));
    const fallback = parts((await run([...DIFF, '--format', 'docx'])).bytes[0]!)['word/document.xml']!;
    expect(fallback).toContain('w:author="bluedraft"');
  });

  it('refuses --author without --format docx, and docx with --base', async () => {
    expect((await runCli([...DIFF, '--author', 'X'])).code).toBe(2);
    const base = await runCli(['diff', '--base', DIFF[1]!, DIFF[1]!, DIFF[2]!, '--format', 'docx']);
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('does not go with --base');
  });

  it('writes nothing when the input is invalid', async () => {
    const file = path.join(folder, 'never.docx');
    const result = await runCli(['diff', 'test/fixtures/bad-input/does-not-exist.yaml', DIFF[2]!, '--format', 'docx', '-o', file]);
    expect(result.code).toBe(1);
    expect(existsSync(file)).toBe(false);
  });
});
