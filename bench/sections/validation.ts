import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import { breakResolution, generateResolution, type Target } from '../generate.js';
import { timeProcesses } from '../measure.js';
import { findAjvCli } from '../peers.js';
import { Random } from '../random.js';
import { resolutionYaml } from '../resolution-yaml.js';

const FILES = 1000;
const INVALID_SHARE = 0.05;
/** Effects act on recent resolutions, as a regime's do. */
const RECENT_TARGETS = 20;

interface GeneratedSet {
  folder: string;
  /** Names of the files with a seeded error. */
  invalid: Set<string>;
}

/**
 * 1,000 resolutions of realistic size (10-odd preambular and 25-odd operative paragraphs, some
 * with subparagraphs, 40% with effects on earlier files of the set), 5% with one mistake each.
 */
function generateSet(folder: string): GeneratedSet {
  mkdirSync(folder, { recursive: true });
  const random = new Random(1993);
  const invalidIndices = new Set(random.sample(FILES, Math.round(FILES * INVALID_SHARE)));
  const invalid = new Set<string>();
  const targets: Target[] = [];
  for (let index = 0; index < FILES; index++) {
    const number = 5001 + index;
    const year = 2001 + Math.floor(index / 40);
    const document = generateResolution(random, { clauses: random.int(40, 55), number, year, targets: targets.slice(-RECENT_TARGETS) });
    const name = `S-RES-${number}-${year}.yaml`;
    if (invalidIndices.has(index)) {
      invalid.add(name);
      writeFileSync(path.join(folder, name), resolutionYaml(breakResolution(random, document)));
    } else {
      targets.push({ citation: `${number} (${year})`, paragraphs: document.operative.length });
      writeFileSync(path.join(folder, name), resolutionYaml(document));
    }
  }
  return { folder, invalid };
}

function sameSet(found: Set<string>, expected: Set<string>): boolean {
  return found.size === expected.size && [...found].every((name) => expected.has(name));
}

interface Check {
  /** Found exactly the seeded bad files, and gave line:col for every error. */
  right: boolean;
  note: string;
}

/** Runs `bluedraft validate --format json` once and checks that it found exactly the bad files, each error located. */
function checkBluedraft(context: BenchContext, set: GeneratedSet): Check {
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const run = spawnSync(node, [...cli, 'validate', '--format', 'json', 'files'], { cwd: path.dirname(set.folder), encoding: 'utf8', maxBuffer: 1 << 28 });
  const report = JSON.parse(run.stdout) as { diagnostics: Array<{ file: string; line: number; col: number; severity: string }> };
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  const flagged = new Set(errors.map((d) => path.basename(d.file)));
  const located = errors.every((d) => d.line >= 1 && d.col >= 1);
  const found = sameSet(flagged, set.invalid);
  return { right: found && located, note: `bluedraft: ${flagged.size}/${set.invalid.size} bad files found${found ? '' : ' (NOT the seeded ones)'}, ${located ? 'every error at line:col' : 'SOME ERRORS UNLOCATED'}` };
}

function ajvArgs(context: BenchContext): string[] {
  return ['validate', '--spec=draft2020', '--all-errors', '--strict=false', '--errors=text', '-s', path.join(context.root, 'schemas/resolution.schema.json'), '-d', 'files/*.yaml'];
}

/** Runs ajv-cli once and checks which files it rejected. */
function checkAjv(command: string, args: string[], set: GeneratedSet): string {
  const run = spawnSync(command, args, { cwd: path.dirname(set.folder), encoding: 'utf8', maxBuffer: 1 << 28 });
  const flagged = new Set([...run.stderr.matchAll(/^(\S+) invalid$/gm)].map((m) => path.basename(m[1]!)));
  return `ajv-cli: ${flagged.size}/${set.invalid.size} found${sameSet(flagged, set.invalid) ? '' : ' (NOT the seeded ones)'}, errors as JSON pointers (no line:col)`;
}

export function benchValidation(context: BenchContext): Figure[] {
  const set = generateSet(path.join(context.work, 'validation', 'files'));
  const cwd = path.dirname(set.folder);
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const bluedraftCase = { name: 'bluedraft', command: node, args: [...cli, 'validate', 'files'], cwd, exitCodes: [1] };
  const ajv = findAjvCli();
  const label = `bluedraft validate: ${FILES.toLocaleString('en')} files, ${INVALID_SHARE * 100}% invalid`;
  const target = 'ratio ≤ 1.0 (at least as fast as ajv-cli), every error at line:col';
  const bluedraftCheck = checkBluedraft(context, set);
  const rounds = { runs: 7, warmup: 1 };
  if (!ajv.ok) {
    const timing = timeProcesses([bluedraftCase], rounds).get('bluedraft')!;
    return [{ id: 'validate.1000', label, unit: 'ms', value: timing.median, timing, peer: { name: 'ajv-cli', missing: ajv.missing }, target, note: bluedraftCheck.note }];
  }
  const ajvCase = { name: 'ajv-cli', command: ajv.command, args: [...ajv.args, ...ajvArgs(context)], cwd, exitCodes: [1] };
  const ajvCheck = checkAjv(ajv.command, ajvCase.args, set);
  const times = timeProcesses([bluedraftCase, ajvCase], rounds);
  const mine = times.get('bluedraft')!;
  const theirs = times.get('ajv-cli')!;
  const figure = compared({
    id: 'validate.1000',
    label,
    unit: 'ms',
    value: mine.median,
    timing: mine,
    peer: { name: 'ajv-cli (same schema, draft 2020-12)', value: theirs.median, timing: theirs },
    target,
    note: `${bluedraftCheck.note}; ${ajvCheck}`,
  });
  return [{ ...figure, met: bluedraftCheck.right && figure.ratio !== undefined && figure.ratio <= 1 }];
}
