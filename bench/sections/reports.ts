import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderedText } from '../rendered-text.js';
import { loadText } from '../../src/load/load-document.js';
import type { BenchContext } from '../context.js';
import { compared, type Figure, type Peer } from '../figure.js';
import { timeProcesses, type ProcessCase } from '../measure.js';
import { findGit } from '../peers.js';

/** The reports of `npm run demo` that a diplomat asks for most: a resolution and a draft against their regimes. */
const IMPACT_INPUTS = ['resolutions/haiti/S-RES-873-1993.yaml', 'resolutions/dprk/draft-2019-12-16-cn-ru.yaml'];
/** Two successive texts of the Haiti regime: the corpus holds no two revisions of one draft. */
const DIFF_INPUTS = ['resolutions/haiti/S-RES-861-1993.yaml', 'resolutions/haiti/S-RES-873-1993.yaml'] as const;
const ROUNDS = { runs: 10, warmup: 2 };

/** `--format md` where the command has it (exit code 2 is its usage error); the text report otherwise. */
function reportFormat(context: BenchContext, args: string[]): string[] {
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const probe = spawnSync(node, [...cli, ...args, '--format', 'md'], { cwd: context.root, stdio: 'ignore' });
  return probe.status === 2 ? [] : ['--format', 'md'];
}

function formatNote(format: string[]): string {
  return format.length > 0 ? 'Markdown report' : 'text report: this command has no `--format md` yet';
}

function impactFigures(context: BenchContext): Figure[] {
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const inputs = IMPACT_INPUTS.filter((file) => existsSync(path.join(context.root, file)));
  const cases: ProcessCase[] = [
    { name: 'floor', command: node, args: ['-e', '0'] },
    ...inputs.map((file) => {
      const args = ['impact', file];
      // Exit code 1 means problems were found in the corpus; the report is still shown.
      return { name: file, command: node, args: [...cli, ...args, ...reportFormat(context, args)], cwd: context.root, exitCodes: [0, 1] };
    }),
  ];
  const times = timeProcesses(cases, ROUNDS);
  const floor = times.get('floor')!;
  const peer: Peer = { name: 'node -e 0', value: floor.median, timing: floor };
  return cases.slice(1).map((one) => {
    const timing = times.get(one.name)!;
    return compared({ id: `report.impact.${path.basename(one.name, '.yaml')}`, label: `bluedraft impact ${path.basename(one.name)}`, unit: 'ms', value: timing.median, timing, peer, note: `${formatNote(one.args.slice(cli.length + 2))}; the whole regime is read from resolutions/` });
  });
}

/** `bluedraft diff` on two shipped texts, against git's word diff of the same texts as printed. */
function diffFigure(context: BenchContext): Figure[] {
  if (!DIFF_INPUTS.every((file) => existsSync(path.join(context.root, file)))) return [];
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const folder = path.join(context.work, 'report');
  mkdirSync(folder, { recursive: true });
  for (const [name, file] of [['old.txt', DIFF_INPUTS[0]], ['new.txt', DIFF_INPUTS[1]]] as const) {
    const loaded = loadText(file, readFileSync(path.join(context.root, file), 'utf8'));
    if (!loaded.ok) throw new Error(`${file} does not load: ${loaded.diagnostics[0]?.message}`);
    writeFileSync(path.join(folder, name), renderedText(loaded.loaded.document));
  }
  const args = ['diff', ...DIFF_INPUTS];
  const format = reportFormat(context, args);
  const mine: ProcessCase = { name: 'bluedraft', command: node, args: [...cli, ...args, ...format], cwd: context.root };
  const git = findGit();
  const name = 'git diff --no-index --word-diff';
  const cases = git.ok ? [mine, { name: 'git', command: git.command, args: ['diff', '--no-index', '--word-diff', 'old.txt', 'new.txt'], cwd: folder, exitCodes: [1] }] : [mine];
  const times = timeProcesses(cases, ROUNDS);
  const timing = times.get('bluedraft')!;
  const gitTiming = times.get('git');
  const peer: Peer = gitTiming ? { name, value: gitTiming.median, timing: gitTiming } : { name, missing: git.ok ? 'not run' : git.missing };
  const label = `bluedraft diff ${path.basename(DIFF_INPUTS[0])} ${path.basename(DIFF_INPUTS[1])}`;
  return [compared({ id: 'report.diff', label, unit: 'ms', value: timing.median, timing, peer, note: `${formatNote(format)}; git on the two texts as printed` })];
}

export function benchReports(context: BenchContext): Figure[] {
  return [...impactFigures(context), ...diffFigure(context)];
}
