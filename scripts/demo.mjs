// `npm run demo`: writes the Markdown reports for the shipped corpus into reports/ (or the folder
// given as the only argument) with the compiled CLI, then says where they are. The reports hold
// no date of their own, so running the demo again on the same files gives the same reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'bin', 'bluedraft.js');
const folder = path.resolve(process.argv[2] ?? path.join(root, 'reports'));

const REPORTS = [
  {
    file: 'haiti-861-impact.md',
    about: 'what resolution 861 (1993) did to the Haiti sanctions: suspended them',
    args: ['impact', 'resolutions/haiti/S-RES-861-1993.yaml', '--format', 'md'],
  },
  {
    file: 'haiti-873-impact.md',
    about: 'what resolution 873 (1993) did: ended the suspension, released frozen funds',
    args: ['impact', 'resolutions/haiti/S-RES-873-1993.yaml', '--format', 'md'],
  },
  {
    file: 'dprk-2019-12-16-cn-ru-draft-impact.md',
    about: 'what the China–Russia draft of 16 December 2019 would have lifted in the DPRK sanctions',
    args: ['impact', 'resolutions/dprk/draft-2019-12-16-cn-ru.yaml', '--format', 'md'],
  },
  {
    file: 'haiti-hypothetical-rev1-diff.md',
    about: 'what changed between two revisions of a draft (hypothetical: examples/haiti-hypothetical-draft)',
    args: ['diff', 'examples/haiti-hypothetical-draft/zero-draft.yaml', 'examples/haiti-hypothetical-draft/rev1.yaml', '--format', 'md'],
  },
  {
    file: 'haiti-regime-1993-10-19.md',
    about: 'the Haiti sanctions in force on 19 October 1993, with their history',
    args: ['regime', 'haiti', '--as-of', '1993-10-19', '--format', 'md'],
  },
];

if (!existsSync(path.join(root, 'dist', 'cli-bundle'))) {
  console.error('bluedraft is not built yet: run `npm ci` (or `npm run build`) first.');
  process.exit(1);
}
mkdirSync(folder, { recursive: true });

const shown = (file) => path.relative(process.cwd(), file) || file;
const width = Math.max(...REPORTS.map((report) => shown(path.join(folder, report.file)).length));
const written = [];
for (const report of REPORTS) {
  const target = path.join(folder, report.file);
  // The demo owns its output folder, so it replaces its own earlier reports.
  const run = spawnSync(process.execPath, [cli, ...report.args, '-o', target, '--force'], { cwd: root, encoding: 'utf8' });
  // 1 means the files hold problems: the report is still written, and lists them.
  if (run.status !== 0 && run.status !== 1) {
    console.error(`bluedraft ${report.args.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
    process.exit(1);
  }
  written.push(`  ${shown(target).padEnd(width)}  ${report.about}`);
}
console.log(`Reports written to ${shown(folder)}:\n${written.join('\n')}\n\nOpen them in any Markdown viewer, or on GitHub, which also draws the timelines.`);
