import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/fs/collect-files.js';
import { loadRanking } from '../../src/validate/sources/ranking-files.js';
import { runCli, STACK_TRACE } from '../support/run-cli.js';
import { tempFolder } from './temp-files.js';

/**
 * A pipe, a socket or a device given where a file is expected is named as what it is and
 * refused without being read: a FIFO with no writer must not hang the command, /dev/zero must
 * not be read until memory runs out, and none of them is "a folder".
 */
let folder: string;
let socketServer: Server;
const special: Record<string, [string, RegExp]> = {};

beforeAll(async () => {
  folder = tempFolder();
  execFileSync('mkfifo', [path.join(folder, 'pipe.yaml'), path.join(folder, 'pipe.xml'), path.join(folder, 'pipe.txt')]);
  const socket = path.join(folder, 'socket.yaml');
  socketServer = createServer();
  await new Promise<void>((resolve) => socketServer.listen(socket, resolve));
  special['pipe.yaml'] = [path.join(folder, 'pipe.yaml'), /a named pipe \(FIFO\)/];
  special['socket.yaml'] = [socket, /a socket/];
  special['/dev/zero'] = ['/dev/zero', /a character device/];
  special['/dev/null'] = ['/dev/null', /a character device/];
});

afterAll(() => new Promise<void>((resolve) => socketServer.close(() => resolve())));

function expectRefused(run: { code: number; stdout: string; stderr: string }, kind: RegExp): void {
  const said = run.stdout + run.stderr;
  expect(said).toMatch(kind);
  expect(said).toMatch(/not a file: it was not read {2}\[not-a-file\]/);
  expect(said).not.toMatch(/folder, not a file|neither a file nor a folder/);
  expect(said).not.toMatch(STACK_TRACE);
  expect(run.code).toBe(1);
}

describe('a pipe, a socket or a device given as a file', () => {
  for (const name of ['pipe.yaml', 'socket.yaml', '/dev/zero', '/dev/null']) {
    for (const command of ['validate', 'render', 'fmt', 'diff']) {
      it(`${command} ${name}: named as what it is, refused unread`, async () => {
        const [file, kind] = special[name]!;
        const run = await runCli(command === 'diff' ? ['diff', file, file] : [command, file], { cwd: folder });
        expectRefused(run, kind);
      });
    }
  }

  it('import of a named pipe: refused at once, named as a pipe', async () => {
    const run = await runCli(['import', path.join(folder, 'pipe.txt')], { cwd: folder });
    expectRefused(run, /a named pipe \(FIFO\)/);
  });

  it('import of /dev/zero: refused unread', async () => {
    expectRefused(await runCli(['import', '/dev/zero'], { cwd: folder }), /a character device/);
  });

  it('validate of a named pipe called .xml (Akoma Ntoso): refused at once, never read', async () => {
    const run = await runCli(['validate', path.join(folder, 'pipe.xml')], { cwd: folder });
    expectRefused(run, /a named pipe \(FIFO\)/);
  });

  it('a pipe named .yaml inside a folder given to validate is named, not read and not called a folder', async () => {
    const inside = path.join(tempFolder(), 'resolutions');
    mkdirSync(inside);
    execFileSync('mkfifo', [path.join(inside, 'a.yaml')]);
    const collected = await collectFiles([inside]);
    expect(collected.files).toEqual([]);
    expect(collected.diagnostics).toEqual([expect.objectContaining({ code: 'not-a-file', message: expect.stringMatching(/a named pipe \(FIFO\)/) })]);
    const run = await runCli(['validate', inside], { cwd: folder });
    expectRefused(run, /a named pipe \(FIFO\)/);
  });

  it('a named pipe as the source-ranks.yaml of a project is refused, not read (it hung validate)', () => {
    const project = tempFolder();
    execFileSync('mkfifo', [path.join(project, 'source-ranks.yaml')]);
    const { problems } = loadRanking(project, undefined);
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-source-ranks', message: expect.stringMatching(/a named pipe \(FIFO\), not a file/) })]);
  });

  it('a folder is still called a folder', async () => {
    const run = await runCli(['render', folder], { cwd: folder });
    expect(run.stdout + run.stderr).toMatch(/this is a folder, not a file/);
    expect(run.code).toBe(1);
  });
});
