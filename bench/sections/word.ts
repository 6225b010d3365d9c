import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { compared, type Figure, type Peer } from '../figure.js';
import { timeProcesses, type ProcessCase } from '../measure.js';

/** Two successive real texts of the Haiti regime, as the reports section compares them. */
const DIFF_INPUTS = ['resolutions/haiti/S-RES-861-1993.yaml', 'resolutions/haiti/S-RES-873-1993.yaml'] as const;
const ROUNDS = { runs: 10, warmup: 2 };

/** pandoc, from Debian's package: the peer that makes a Word file of the same comparison from its Markdown report. */
function pandocMissing(): string | undefined {
  const probe = spawnSync('pandoc', ['--version'], { stdio: 'ignore' });
  return probe.error || probe.status !== 0 ? 'pandoc is not installed: `apt-get install pandoc`' : undefined;
}

/**
 * `bluedraft diff --format docx` of two real resolutions (the whole process: read, compare, build
 * and zip the Word file with its tracked changes), against two peers in the same rounds: pandoc
 * turning the Markdown report of the same comparison into a .docx (what a user without the Word
 * output would do, and it has no tracked changes), and bluedraft's own Markdown report.
 */
export function benchWord(context: BenchContext): Figure[] {
  if (!DIFF_INPUTS.every((file) => existsSync(path.join(context.root, file)))) return [];
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const folder = path.join(context.work, 'word');
  mkdirSync(folder, { recursive: true });
  const report = path.join(folder, 'report.md');
  const made = spawnSync(node, [...cli, 'diff', ...DIFF_INPUTS, '--format', 'md'], { cwd: context.root, encoding: 'utf8' });
  writeFileSync(report, made.stdout);
  const diff = (format: string, out: string): ProcessCase => ({ name: format, command: node, args: [...cli, 'diff', ...DIFF_INPUTS, '--format', format, '-o', path.join(folder, out), '--force'], cwd: context.root });
  const missing = pandocMissing();
  const cases: ProcessCase[] = [diff('docx', 'changes.docx'), diff('md', 'changes.md'), ...(missing ? [] : [{ name: 'pandoc', command: 'pandoc', args: [report, '-o', path.join(folder, 'pandoc.docx')] }])];
  const times = timeProcesses(cases, ROUNDS);
  const timing = times.get('docx')!;
  const pandoc = times.get('pandoc');
  const markdown = times.get('md')!;
  const label = `bluedraft diff --format docx ${path.basename(DIFF_INPUTS[0])} ${path.basename(DIFF_INPUTS[1])}`;
  const pandocPeer: Peer = pandoc ? { name: 'pandoc, its Markdown report → .docx', value: pandoc.median, timing: pandoc } : { name: 'pandoc, its Markdown report → .docx', missing: missing! };
  return [
    compared({ id: 'word.diff-docx', label, unit: 'ms', value: timing.median, timing, peer: pandocPeer, note: 'whole process, Word file with tracked changes; pandoc converts the already-made Markdown report (no tracked changes)' }),
    compared({ id: 'word.diff-docx-vs-md', label, unit: 'ms', value: timing.median, timing, peer: { name: 'bluedraft diff --format md', value: markdown.median, timing: markdown }, note: 'the same comparison as a Markdown report, same rounds' }),
  ];
}
