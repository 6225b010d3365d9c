import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_TRACE } from '../support/run-cli.js';

const ZERO = 'examples/haiti-hypothetical-draft/zero-draft.yaml';
const REV1 = 'examples/haiti-hypothetical-draft/rev1.yaml';
const folder = () => mkdtempSync(path.join(tmpdir(), 'bluedraft-report-cli-'));

describe('--format md', () => {
  it.each([
    ['diff', ['diff', ZERO, REV1, '--format', 'md'], '# Changes from the draft (zero draft) of 13 October 1993 to the draft (rev.1) of 13 October 1993\n'],
    ['impact', ['impact', 'resolutions/haiti/S-RES-861-1993.yaml', '--format', 'md'], '# What resolution 861 (1993) of 27 August 1993 would do to the Haiti sanctions regime\n'],
    ['regime', ['regime', 'haiti', '--as-of', '1993-10-19', '--format', 'md'], '# The Haiti sanctions regime as of 19 October 1993\n'],
  ])('%s prints the Markdown report', async (_name, args, title) => {
    const run = await runCli(args);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith(title)).toBe(true);
  });

  it('diff and impact take the plain redline for renderers that strip HTML', async () => {
    const run = await runCli(['diff', ZERO, REV1, '--format', 'md', '--redline', 'plain']);
    expect(run.stdout).toContain('~~Deeply disturbed~~ **Gravely concerned**');
    expect(run.stdout).not.toMatch(/<(del|ins)>/);
  });
});

describe('-o FILE', () => {
  it('writes the report to the file instead of printing it', async () => {
    const file = path.join(folder(), 'rev1.md');
    const printed = await runCli(['diff', ZERO, REV1, '--format', 'md']);
    const written = await runCli(['diff', ZERO, REV1, '--format', 'md', '-o', file]);
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(printed.stdout);
  });

  it('never replaces a file it did not read, unless --force', async () => {
    const file = path.join(folder(), 'notes.md');
    writeFileSync(file, 'my notes\n');
    const refused = await runCli(['regime', 'haiti', '--as-of', '1993-10-19', '--format', 'md', '--output', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file} already exists; nothing was written\n    fix: choose another file, or add --force to replace it`);
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
    const forced = await runCli(['regime', 'haiti', '--as-of', '1993-10-19', '--format', 'md', '--output', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# The Haiti sanctions regime/);
  });

  it('keeps colour codes out of a file even when run in a terminal', async () => {
    const file = path.join(folder(), 'diff.txt');
    const run = await runCli(['diff', ZERO, REV1, '-o', file], { isTTY: true });
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('\x1b[');
  });

  it('creates the folder when it does not exist, as every command with -o does', async () => {
    const file = path.join(folder(), 'no-such-folder', 'report.md');
    const run = await runCli(['impact', 'resolutions/haiti/S-RES-873-1993.yaml', '--format', 'md', '-o', file]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(readFileSync(file, 'utf8')).toMatch(/^# What resolution 873 \(1993\)/);
  });
});

describe('--redline', () => {
  it('is refused without --format md, and with a style it does not know', async () => {
    const text = await runCli(['diff', ZERO, REV1, '--redline', 'plain']);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('--redline applies to the Markdown report only: add --format md');
    const unknown = await runCli(['impact', 'resolutions/haiti/S-RES-861-1993.yaml', '--format', 'md', '--redline', 'wdiff']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--redline must be one of html, plain (got "wdiff")');
  });
});
