/**
 * `bluedraft serve` as a person runs it: it prints the address and waits; Ctrl+C stops it with
 * 130; a missing folder, a taken port or an "every address" host is said plainly.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIfMissing, runCli, STACK_TRACE } from '../support/run-cli.js';
import { rawRequest, ROOT, servedFolder } from './support/served-folder.js';

beforeAll(() => buildIfMissing(), 120_000);

describe('bluedraft serve', () => {
  it('prints its loopback address, serves the folder, and stops on Ctrl+C with 130', async () => {
    const folder = servedFolder();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/bluedraft.js'), 'serve', folder], { cwd: path.dirname(folder), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (match) resolve(match[0]);
      });
      child.on('exit', () => reject(new Error(`serve ended early: ${stderr}`)));
    });
    expect(stdout).toContain('Ctrl+C stops');
    const library = await rawRequest(address, '/');
    expect(library.status).toBe(200);
    expect(library.body).toContain('Haiti sanctions regime');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it('says there is no folder to serve, with exit 2', async () => {
    const run = await runCli(['serve', 'no-such-folder'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bluedraft serve: there is no folder no-such-folder');
  });

  it('refuses to listen on every address at once', async () => {
    const run = await runCli(['serve', 'resolutions', '--host', '0.0.0.0'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--host must be one address of this computer');
  });

  it('says when the port is taken, with exit 1 and how to fix it', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    const run = await runCli(['serve', 'resolutions', '--port', String(port)], { cwd: ROOT });
    taken.close();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`bluedraft serve: cannot listen on 127.0.0.1:${port}: port ${port} is already in use\n    fix: leave out --port to use a free port, or give another\n`);
  });
});
