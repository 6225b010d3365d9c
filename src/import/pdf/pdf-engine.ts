import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof PdfJsModule;

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js (its legacy build, the one that runs on Node 20), with its worker's code run in this
 * thread: set as `globalThis.pdfjsWorker` before the library loads, so that no worker file is
 * looked up at run time (the CLI is bundled).
 */
export function pdfEngine(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** Where pdf.js keeps its predefined CMaps (for Chinese, Japanese and Korean fonts that are not embedded): a folder path ending in "/", which pdf.js reads with fs in Node; undefined if the package cannot be found. */
export function cMapFolder(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
    return `${path.join(path.dirname(manifest), 'cmaps')}${path.sep}`;
  } catch {
    return undefined;
  }
}
