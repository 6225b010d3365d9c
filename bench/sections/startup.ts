import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import { timeProcesses } from '../measure.js';
import { Random } from '../random.js';
import { generateResolution } from '../generate.js';
import { resolutionYaml } from '../resolution-yaml.js';

/** A shipped resolution of typical size; a generated one of the same size on a checkout without the corpus. */
const SHIPPED = 'resolutions/haiti/S-RES-841-1993.yaml';

/**
 * `bluedraft --version` and `bluedraft validate FILE` against `node -e 0`, the least any Node
 * program can take. The file is validated from a folder of its own, so that the run measures
 * start-up and one file, not the loading of a ./resolutions corpus.
 */
export function benchStartup(context: BenchContext): Figure[] {
  const folder = path.join(context.work, 'startup');
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'one.yaml');
  const shipped = path.join(context.root, SHIPPED);
  if (existsSync(shipped)) copyFileSync(shipped, file);
  else writeFileSync(file, resolutionYaml(generateResolution(new Random(841), { clauses: 45, number: 841, year: 1993 })));
  const input = existsSync(shipped) ? SHIPPED : 'a generated 45-clause resolution';

  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const times = timeProcesses(
    [
      { name: 'floor', command: node, args: ['-e', '0'] },
      { name: 'version', command: node, args: [...cli, '--version'] },
      { name: 'validate', command: node, args: [...cli, 'validate', 'one.yaml'], cwd: folder },
    ],
    { runs: 20, warmup: 3 },
  );
  const floor = times.get('floor')!;
  const peer = { name: 'node -e 0', value: floor.median, timing: floor };
  const version = times.get('version')!;
  const validate = times.get('validate')!;
  return [
    compared({ id: 'startup.version', label: 'bluedraft --version', unit: 'ms', value: version.median, timing: version, peer }),
    compared({
      id: 'startup.validate',
      label: 'bluedraft validate (one file)',
      unit: 'ms',
      value: validate.median,
      timing: validate,
      peer,
      target: '≤ 2× the floor',
      met: validate.median <= 2 * floor.median,
      note: `${input}; median of ${validate.runs} runs`,
    }),
  ];
}
