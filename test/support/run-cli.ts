import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as a user in a pipe (no terminal) would see it. */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean; prompt?: Io['prompt'] } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    ...(options.prompt ? { prompt: options.prompt } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/bluedraft.js');

/** Builds the installed command if dist/ has none yet: call it from a `beforeAll` before `runInstalled`. */
export function buildIfMissing(): void {
  if (!existsSync(path.join(ROOT, 'dist/cli-bundle/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/** Runs the installed command, `node bin/bluedraft.js`, in a real process (in the test's working folder). */
export function runInstalled(args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: options.env ?? process.env }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

/** A stack trace line, as Node prints them: what a user must never see. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
