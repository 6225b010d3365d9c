import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffWords } from 'diff';
import { diffResolutions } from '../../src/diff/diff-resolutions.js';
import { redline } from '../../src/diff/redline.js';
import { renderedText } from '../rendered-text.js';
import { MAX_FILE_BYTES } from '../../src/load/read-source.js';
import type { ResolutionDocument } from '../../src/model/document.js';
import type { BenchContext } from '../context.js';
import { compared, type Figure, type Peer } from '../figure.js';
import { generateResolution, reviseResolution } from '../generate.js';
import { insertsAfter, longClause, reviseLongClause } from '../long-clause.js';
import { movedById } from '../moved-by-id.js';
import { timeFunction, timeFunctions, timeProcesses, type Timing } from '../measure.js';
import { findGit } from '../peers.js';
import { Random } from '../random.js';
import { resolutionYaml } from '../resolution-yaml.js';

const SIZES = [1000, 10_000, 20_000];
const EDITED_SHARE = 0.05;
/** jsdiff's word diff of a whole text grows with words × edits: past this it is stopped and reported as "more than". */
const JSDIFF_LIMIT_MS = 10_000;
const TIME_FOR_PEAK_MEMORY = '/usr/bin/time';

interface Versions {
  clauses: number;
  old: ResolutionDocument;
  revised: ResolutionDocument;
  folder: string;
}

/** A document of `clauses` clauses and a revision with 5% of its clauses edited, also written out as rendered text and YAML. */
function versions(work: string, clauses: number): Versions {
  const random = new Random(clauses);
  const old = generateResolution(random, { clauses, number: 9001, year: 2030 });
  const revised = reviseResolution(random, old, EDITED_SHARE);
  const folder = path.join(work, 'diff', String(clauses));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'old.txt'), renderedText(old));
  writeFileSync(path.join(folder, 'new.txt'), renderedText(revised));
  writeFileSync(path.join(folder, 'old.yaml'), resolutionYaml(old));
  writeFileSync(path.join(folder, 'new.yaml'), resolutionYaml(revised));
  return { clauses, old, revised, folder };
}

const count = (n: number) => n.toLocaleString('en');

function timeJsdiff(pair: Versions): Timing {
  const oldText = renderedText(pair.old);
  const newText = renderedText(pair.revised);
  return timeFunction(() => diffWords(oldText, newText, { timeout: JSDIFF_LIMIT_MS }) !== undefined, { runs: 3, warmup: 0 });
}

function jsdiffPeer(timing: Timing): Peer {
  return { name: 'jsdiff diffWords (whole text)', value: timing.median, timing, ...(timing.timedOut && { atLeast: true }) };
}

function gitCase(git: { command: string }, pair: Versions) {
  return { name: 'git', command: git.command, args: ['diff', '--no-index', '--word-diff', 'old.txt', 'new.txt'], cwd: pair.folder, exitCodes: [1] };
}

/** diffResolutions against jsdiff over the whole text, size by size, and the growth from 10,000 to 20,000 clauses. */
function inProcess(all: Versions[]): Figure[] {
  const mine = timeFunctions(
    all.map((pair) => ({ name: String(pair.clauses), run: () => void diffResolutions(pair.old, pair.revised) })),
    { runs: 7, warmup: 2 },
  );
  const figures: Figure[] = [];
  for (const pair of all) {
    const timing = mine.get(String(pair.clauses))!;
    const peer = timeJsdiff(pair);
    const ten = pair.clauses === 10_000;
    figures.push(
      compared({
        id: `diff.${pair.clauses}.jsdiff`,
        label: `diffResolutions: ${count(pair.clauses)} clauses, 5% edited`,
        unit: 'ms',
        value: timing.median,
        timing,
        peer: jsdiffPeer(peer),
        ...(ten && { target: '< 1 s and ≥ 5× faster', met: timing.median < 1000 && (peer.timedOut || timing.median * 5 <= peer.median) }),
        ...(peer.timedOut && { note: `jsdiff stopped at its ${JSDIFF_LIMIT_MS / 1000} s time limit (its \`timeout\` option): it takes longer than that, so the ratio is smaller still` }),
      }),
    );
  }
  const growth = mine.get('20000')!.median / mine.get('10000')!.median;
  figures.push({ id: 'diff.growth', label: 'diffResolutions: time(20k) ÷ time(10k)', unit: '×', value: growth, target: '≤ 2.3 (near-linear)', met: growth <= 2.3 });
  return figures;
}

/**
 * What each tool shows a reader: git's changed word runs, and how many are only a paragraph
 * number shifted by renumbering, against the clause changes bluedraft reports.
 */
function whatEachShows(git: { command: string }, pair: Versions): string {
  const porcelain = spawnSync(git.command, ['diff', '--no-index', '--word-diff=porcelain', 'old.txt', 'new.txt'], { cwd: pair.folder, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  const runs = porcelain.split('\n').filter((line) => /^[-+](?![-+]{2})/.test(line));
  const numbers = runs.filter((line) => /^[-+]\(?[0-9a-z]{1,4}[.)]?\s*$/.test(line));
  const { clauses } = diffResolutions(pair.old, pair.revised).summary;
  return `git marks ${count(runs.length)} changed runs, ${count(numbers.length)} of them only a renumbered paragraph's number; bluedraft reports ${count(clauses.reworded)} reworded, ${count(clauses.added)} added, ${count(clauses.removed)} removed, ${count(clauses.moved)} moved paragraphs and ${count(clauses.renumbered)} renumbered`;
}

/**
 * Whole processes on the same inputs: `bluedraft diff` on the YAML files, `git diff --word-diff`
 * on the rendered texts. Sizes whose YAML is over the loader's per-file limit are left out.
 */
function wholeProcess(context: BenchContext, all: Versions[]): Figure[] {
  const git = findGit();
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const name = 'git diff --no-index --word-diff';
  const fits = all.filter((pair) => statSync(path.join(pair.folder, 'new.yaml')).size <= MAX_FILE_BYTES);
  const left = all.filter((pair) => !fits.includes(pair));
  const leftOut = left.length > 0 ? `; not run at ${left.map((pair) => count(pair.clauses)).join(', ')} clauses, whose YAML is over the ${MAX_FILE_BYTES / 2 ** 20} MB a resolution file may have` : '';
  return fits.map((pair, i) => {
    const mine = { name: 'bluedraft', command: node, args: [...cli, 'diff', 'old.yaml', 'new.yaml'], cwd: pair.folder };
    const measured = timeProcesses(git.ok ? [mine, gitCase(git, pair)] : [mine], { runs: 5, warmup: 1 });
    const timing = measured.get('bluedraft')!;
    const gitTiming = measured.get('git');
    const peer: Peer = gitTiming ? { name, value: gitTiming.median, timing: gitTiming } : { name, missing: git.ok ? 'not run' : git.missing };
    const shows = git.ok && pair.clauses === 10_000 ? `; ${whatEachShows(git, pair)}` : '';
    const note = `loading both YAML files included${shows}${i === fits.length - 1 ? leftOut : ''}`;
    return compared({ id: `diff.${pair.clauses}.git`, label: `bluedraft diff (whole process): ${count(pair.clauses)} clauses`, unit: 'ms', value: timing.median, timing, peer, note });
  });
}

/** Peak memory of a process that holds the two 20,000-clause documents and diffs them, against git on the rendered texts. */
function peakMemory(context: BenchContext, largest: Versions): Figure {
  const input = path.join(largest.folder, 'versions.json');
  writeFileSync(input, JSON.stringify({ old: largest.old, revised: largest.revised }));
  const child = spawnSync(process.execPath, [path.join(context.root, 'dist/bench/peak-memory.mjs'), input], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`peak-memory child failed: ${child.stderr}`);
  const { loadedKB, peakKB } = JSON.parse(child.stdout) as { loadedKB: number; peakKB: number };
  const label = `peak memory (RSS): diffResolutions, ${count(largest.clauses)} clauses`;
  const note = `${Math.round(loadedKB / 1024)} MB of it is Node and the two documents, before the diff`;
  const name = 'git diff --no-index --word-diff';
  const git = findGit();
  if (!git.ok || !existsSync(TIME_FOR_PEAK_MEMORY)) {
    return { id: 'diff.memory', label, unit: 'MB', value: peakKB / 1024, peer: { name, missing: git.ok ? `${TIME_FOR_PEAK_MEMORY} is missing: \`apt-get install time\`` : git.missing }, note };
  }
  const run = spawnSync(TIME_FOR_PEAK_MEMORY, ['-f', '%M', git.command, 'diff', '--no-index', '--word-diff', 'old.txt', 'new.txt'], { cwd: largest.folder, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const gitKB = Number(run.stderr.trim().split('\n').at(-1));
  return compared({ id: 'diff.memory', label, unit: 'MB', value: peakKB / 1024, peer: { name, value: gitKB / 1024 }, note });
}

/**
 * The redline of one 200 KB clause (a long annex) with some 500 words deleted or inserted: how
 * long it takes, and that it is a word redline, not the clause "replaced whole", against jsdiff's
 * word diff of the same two texts.
 */
function longClauseRedline(): Figure {
  const before = longClause(1);
  const after = reviseLongClause(before);
  let lines = redline(before, after, 'en');
  const timing = timeFunction(() => void (lines = redline(before, after, 'en')), { runs: 5, warmup: 1 });
  const inserted = lines.segments.filter((segment) => segment.kind === 'insert').length;
  const expected = before.split(' ').filter((_, i) => insertsAfter(i)).length;
  const real = !lines.fallback && inserted === expected;
  const peer = timeFunction(() => diffWords(before, after, { timeout: JSDIFF_LIMIT_MS }) !== undefined, { runs: 3, warmup: 0 });
  const shown = lines.fallback ? 'shown "replaced whole"' : `a word redline: ${count(inserted)} insertions of the ${count(expected)} made${real ? '' : ' (NOT all found apart)'}`;
  return compared({
    id: 'diff.long-clause',
    label: `redline of one ${Math.round(before.length / 1000)} KB clause, ~500 words edited`,
    unit: 'ms',
    value: timing.median,
    timing,
    peer: jsdiffPeer(peer),
    target: '< 1 s, a word redline (not "replaced whole")',
    met: real && timing.median < 1000,
    note: shown,
  });
}

/** A 5,000-clause resolution, or one in which every paragraph has the same wording (the hardest case for telling moves). */
function fiveThousand(alike: boolean): ResolutionDocument {
  const document = generateResolution(new Random(5000), { clauses: 5000, number: 9001, year: 2030 });
  if (!alike) return document;
  for (const paragraph of document.preamble) paragraph.text = 'Recalling its previous resolutions,';
  for (const paragraph of document.operative) {
    paragraph.text = 'Decides to remain seized of the matter;';
    delete paragraph.subparagraphs;
  }
  return document;
}

/** Paragraphs reported moved in a 5,000-clause revision with 5% of clauses edited, against those that moved (known from their ids). */
function movedCount(alike: boolean): Figure {
  const old = fiveThousand(alike);
  const revised = reviseResolution(new Random(alike ? 7 : 5), old, EDITED_SHARE);
  const reported = diffResolutions(old, revised).summary.clauses.moved;
  const moved = movedById(old, revised);
  return {
    id: alike ? 'diff.moves.5000.alike' : 'diff.moves.5000',
    label: `paragraphs reported moved: 5,000 clauses, 5% edited${alike ? ', every paragraph worded alike' : ''}`,
    unit: 'count',
    value: reported,
    target: `= ${count(moved)}, the paragraphs that moved (by their ids)`,
    met: reported === moved,
  };
}

export function benchDiffScale(context: BenchContext): Figure[] {
  const all = SIZES.map((clauses) => versions(context.work, clauses));
  return [...inProcess(all), ...wholeProcess(context, all), peakMemory(context, all.at(-1)!), longClauseRedline(), movedCount(false), movedCount(true)];
}
