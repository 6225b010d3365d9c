import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import { timeProcesses } from '../measure.js';
import { Random } from '../random.js';
import { generateResolution } from '../generate.js';
import { resolutionYaml } from '../resolution-yaml.js';

/** A shipped resolution of typical size that acts on nothing outside itself; a generated one on a checkout without the corpus. */
const SHIPPED = 'resolutions/haiti/S-RES-841-1993.yaml';

/**
 * `bluedraft --version` and `bluedraft validate FILE` against `node -e 0`, the least any Node
 * program can take. The file is validated from the repository root, as a user does, where
 * ./resolutions is the default corpus: a file that acts on nothing outside itself must not pay
 * for reading it. Without the shipped file, a generated one is validated from a folder of its own.
 */
export function benchStartup(context: BenchContext): Figure[] {
  const shipped = path.join(context.root, SHIPPED);
  const validate = existsSync(shipped) ? { cwd: context.root, file: SHIPPED, input: `${SHIPPED} (it acts on nothing outside itself), from the repository root` } : generatedFile(context);

  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const times = timeProcesses(
    [
      { name: 'floor', command: node, args: ['-e', '0'] },
      { name: 'version', command: node, args: [...cli, '--version'] },
      { name: 'validate', command: node, args: [...cli, 'validate', validate.file], cwd: validate.cwd },
    ],
    { runs: 20, warmup: 3 },
  );
  const floor = times.get('floor')!;
  const peer = { name: 'node -e 0', value: floor.median, timing: floor };
  const version = times.get('version')!;
  const one = times.get('validate')!;
  const figure = compared({ id: 'startup.validate', label: 'bluedraft validate (one file)', unit: 'ms', value: one.median, timing: one, peer, target: 'ratio ≤ 2 (twice the floor)', note: `${validate.input}; median of ${one.runs} runs` });
  return [
    compared({ id: 'startup.version', label: 'bluedraft --version', unit: 'ms', value: version.median, timing: version, peer }),
    { ...figure, met: figure.ratio !== undefined && figure.ratio <= 2 },
  ];
}

/** A generated 45-clause resolution in a folder of its own, for a checkout without the shipped corpus. */
function generatedFile(context: BenchContext): { cwd: string; file: string; input: string } {
  const folder = path.join(context.work, 'startup');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'one.yaml'), resolutionYaml(generateResolution(new Random(841), { clauses: 45, number: 841, year: 1993 })));
  return { cwd: folder, file: 'one.yaml', input: 'a generated 45-clause resolution, from a folder of its own' };
}
