import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A peer tool found on this machine, or why it cannot be run. */
export type Found = { ok: true; command: string; args: string[] } | { ok: false; missing: string };

/** ajv-cli, the dev dependency: run its script with this Node, as `npx ajv` would, minus npx's own start-up. */
export function findAjvCli(): Found {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('ajv-cli/package.json');
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
    return { ok: true, command: process.execPath, args: [path.join(path.dirname(manifest), bin.ajv!)] };
  } catch {
    return { ok: false, missing: 'ajv-cli is not installed: run `npm ci` (it is a dev dependency)' };
  }
}

/** git, from Debian's package. */
export function findGit(): Found {
  const probe = spawnSync('git', ['--version'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return { ok: false, missing: 'git is not installed: `apt-get install git`' };
  return { ok: true, command: 'git', args: [] };
}
