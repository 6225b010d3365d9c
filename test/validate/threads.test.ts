import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInOrder } from '../../src/validate/check-files.js';
import { validateFiles } from '../../src/validate/validate-files.js';
import { buildIfMissing, runCli, runInstalled, STACK_TRACE } from '../support/run-cli.js';

/**
 * A folder with every shipped resolution (references between them included) and every
 * bad-input fixture: schema errors, problems of meaning, dangling and unresolved targets.
 */
function mixedFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'bluedraft-threads-'));
  cpSync('resolutions', path.join(folder, 'resolutions'), { recursive: true });
  const bad = path.join(folder, 'bad');
  cpSync('test/fixtures/bad-input', bad, { recursive: true, filter: (source) => !source.endsWith('.json') });
  return folder;
}

describe('validate on several threads', () => {
  let folder: string;
  beforeAll(() => {
    buildIfMissing();
    folder = mixedFolder();
  });

  it('reports exactly what one thread reports, in the same order', async () => {
    const args = (jobs: string) => ['validate', '--format', 'json', '--jobs', jobs, '--corpus', path.join(folder, 'resolutions'), folder];
    const one = await runInstalled(args('1'));
    const three = await runInstalled(args('3'));
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stderr).not.toMatch(STACK_TRACE);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(three.stdout) as { summary: { files: number }; diagnostics: Array<{ code: string; line: number }> };
    expect(report.summary.files).toBe(readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.yaml')).length);
    const codes = new Set(report.diagnostics.map((d) => d.code));
    for (const code of ['dangling-target', 'unknown-property', 'numbering', 'duplicate-id']) expect(codes).toContain(code);
    const dangling = report.diagnostics.find((d) => d.code === 'dangling-target')!;
    expect(dangling.line).toBeGreaterThan(1);
  });

  it('has a worker thread, built beside the command, that checks a batch as this thread does', async () => {
    const files = readdirSync(path.join(folder, 'bad')).map((name) => path.join(folder, 'bad', name)).sort();
    const worker = new Worker(path.resolve('dist/cli-bundle/check-files-worker.js'));
    try {
      const reply = new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage({ files, options: {} });
      expect(await reply).toEqual(await checkInOrder({ files, options: {} }));
    } finally {
      await worker.terminate();
    }
  });

  it('reports what the library reports on this thread', async () => {
    const run = await runInstalled(['validate', '--format', 'json', '--jobs', '2', '--corpus', path.join(folder, 'resolutions'), folder]);
    const inProcess = await validateFiles([folder], { corpus: [path.join(folder, 'resolutions')] });
    const relative = inProcess.diagnostics.map((d) => ({ ...d, file: path.relative(process.cwd(), d.file) }));
    expect(JSON.parse(run.stdout).diagnostics).toEqual(relative);
  });

  it('refuses a --jobs that is not a whole number from 1 up', async () => {
    for (const jobs of ['0', 'two', '-1', '1.5']) {
      const run = await runCli(['validate', '--jobs', jobs, folder]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs');
    }
  });
});
