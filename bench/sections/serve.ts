import { spawn, spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext } from '../context.js';
import { compared, type Figure } from '../figure.js';
import type { Timing } from '../measure.js';

/** Two real resolutions of one regime, with a moved paragraph between them. */
const PAIR = ['southern-rhodesia/S-RES-232-1966.yaml', 'southern-rhodesia/S-RES-253-1968.yaml'] as const;
const ROUNDS = 10;
const WARM_PER_ROUND = 30;

function timing(samples: number[]): Timing & { p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]! };
}

function fetchPage(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(response.statusCode) : reject(new Error(`${url}: ${response.statusCode}`))));
    }).on('error', reject);
  });
}

/** Starts `bluedraft serve` on a free port; resolves with its address once it prints it. */
function startServe(context: BenchContext, dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const child = spawn(node, [...cli, 'serve', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`bluedraft serve exited with ${code} before printing its address: ${err.slice(0, 300)}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/[^\s]+\//.exec(out)?.[0];
      if (!url) return;
      child.removeAllListeners('exit');
      resolve({ url, stop: () => new Promise((done) => (child.once('exit', () => done()), child.kill('SIGINT'))) });
    });
  });
}

/**
 * The workbench's compare page of two real resolutions: from typing `bluedraft serve` to the
 * page received (a person's first look), and the page again on a warm server (each later look,
 * median and 95th percentile over 300 requests), against the whole-process
 * `bluedraft diff --format md` of the same pair. Rounds interleave the three, so each meets the
 * same load.
 */
export async function benchServe(context: BenchContext): Promise<Figure[]> {
  const dir = path.join(context.work, 'serve', 'resolutions');
  cpSync(path.join(context.root, 'resolutions'), dir, { recursive: true });
  const page = `compare?old=${encodeURIComponent(PAIR[0])}&new=${encodeURIComponent(PAIR[1])}`;
  const [node, ...cli] = context.bluedraft as [string, ...string[]];
  const diffArgs = [...cli, 'diff', path.join(dir, PAIR[0]), path.join(dir, PAIR[1]), '--format', 'md'];
  const warmServer = await startServe(context, dir);
  for (let i = 0; i < 20; i++) await fetchPage(warmServer.url + page);
  const first: number[] = [];
  const warm: number[] = [];
  const diff: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const fresh = await startServe(context, dir);
      await fetchPage(fresh.url + page);
      first.push(performance.now() - started);
      await fresh.stop();
      for (let i = 0; i < WARM_PER_ROUND; i++) {
        const at = performance.now();
        await fetchPage(warmServer.url + page);
        warm.push(performance.now() - at);
      }
      const at = performance.now();
      // Output goes to /dev/null, as in timeProcesses; stderr is kept to say why a run failed.
      const run = spawnSync(node, diffArgs, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`bluedraft diff exited with ${run.status}: ${run.stderr.slice(0, 300)}`);
      diff.push(performance.now() - at);
    }
  } finally {
    await warmServer.stop();
  }
  const diffTiming = timing(diff);
  const peer = { name: 'bluedraft diff --format md (process)', value: diffTiming.median, timing: diffTiming };
  const warmTiming = timing(warm);
  const firstTiming = timing(first);
  return [
    compared({ id: 'serve.first-page', label: 'serve: start to first compare page', unit: 'ms', value: firstTiming.median, timing: firstTiming, peer, note: `${PAIR.join(' vs ')}; median of ${first.length} starts` }),
    compared({
      id: 'serve.warm',
      label: 'serve: compare page, warm server',
      unit: 'ms',
      value: warmTiming.median,
      timing: warmTiming,
      peer,
      target: 'p95 ≤ ⅕ of a diff process',
      met: warmTiming.p95 <= diffTiming.median / 5,
      note: `median of ${warm.length} requests; p95 ${warmTiming.p95.toFixed(1)} ms`,
    }),
  ];
}
