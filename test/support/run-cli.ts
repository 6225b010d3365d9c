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

/** A stack trace line, as Node prints them: what a user must never see. */
export const STACK_TRACE = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
