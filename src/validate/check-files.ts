import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile, type FileCheck, type FileCheckOptions } from './check-file.js';

export interface CheckFilesOptions extends FileCheckOptions {
  /** Threads to check on, this one included; by default as many as pay for themselves, up to the cores there are. */
  threads?: number;
}

/** A batch of files for one thread: the files and the options to check them with. */
export interface CheckBatch {
  files: string[];
  options: FileCheckOptions;
}

/** Built next to this module by `npm run build`; absent when running from the TypeScript sources. */
const WORKER = new URL('./check-files-worker.js', import.meta.url);
/** Starting a thread (about 50 ms) pays for itself from about this many files on. */
const FILES_PER_THREAD = 64;
const MOST_THREADS = 4;
/** Files handed to a thread at a time: small enough that the threads finish together. */
const BATCH = 16;
/** Checks files in order on this thread. */
export async function checkInOrder({ files, options }: CheckBatch): Promise<FileCheck[]> {
  const checks: FileCheck[] = [];
  for (const file of files) checks.push(await checkFile(file, options));
  return checks;
}

function threadsFor(files: readonly string[], wanted: number | undefined): number {
  const threads = wanted ?? Math.min(availableParallelism(), MOST_THREADS, Math.floor(files.length / FILES_PER_THREAD));
  return existsSync(fileURLToPath(WORKER)) ? Math.max(1, Math.min(threads, files.length)) : 1;
}

/**
 * Checks files each on its own (`checkFile`), spread over the processor's cores: parsing and
 * checking a file needs nothing from any other, and it is nearly all of a large run. Results
 * come back in the order of `files`, the same whichever thread checked which file.
 */
export async function checkFiles(files: readonly string[], { threads: wanted, ...options }: CheckFilesOptions = {}): Promise<FileCheck[]> {
  const threads = threadsFor(files, wanted);
  if (threads === 1) return checkInOrder({ files: [...files], options });
  const checks: FileCheck[] = new Array<FileCheck>(files.length);
  let next = 0;
  const take = (): number | undefined => {
    if (next >= files.length) return undefined;
    next += BATCH;
    return next - BATCH;
  };
  const batch = (start: number): CheckBatch => ({ files: files.slice(start, start + BATCH), options });
  const store = (start: number, results: FileCheck[]) => results.forEach((check, i) => (checks[start + i] = check));
  const others = Array.from({ length: threads - 1 }, () => checkOnWorker(take, batch, store));
  for (let start = take(); start !== undefined; start = take()) {
    store(start, await checkInOrder(batch(start)));
    // Reading is synchronous, so without a pause here the workers' replies would wait until
    // this thread had taken every batch itself.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(others);
  return checks;
}

/** Feeds batches to a worker thread until none are left. Should the thread fail, its batch is checked here. */
function checkOnWorker(take: () => number | undefined, batch: (start: number) => CheckBatch, store: (start: number, results: FileCheck[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER);
    let current: number | undefined;
    const send = () => {
      current = take();
      if (current !== undefined) worker.postMessage(batch(current));
      else void worker.terminate().then(() => resolve());
    };
    worker.on('message', (results: FileCheck[]) => {
      store(current!, results);
      send();
    });
    worker.on('error', () => {
      if (current === undefined) return resolve();
      const start = current;
      checkInOrder(batch(start)).then((results) => {
        store(start, results);
        resolve();
      }, reject);
    });
    send();
  });
}
