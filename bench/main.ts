import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './context.js';
import type { Figure } from './figure.js';
import { benchDiffScale } from './sections/diff-scale.js';
import { benchImportDocx } from './sections/import-docx.js';
import { benchImportPdf } from './sections/import-pdf.js';
import { benchNegotiation } from './sections/negotiation.js';
import { benchReports } from './sections/reports.js';
import { benchServe } from './sections/serve.js';
import { benchStartup } from './sections/startup.js';
import { benchValidation } from './sections/validation.js';
import { benchWord } from './sections/word.js';
import { formatHeader, formatTable, type MachineLoad } from './table.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function machine(): MachineLoad & { memoryGiB: number; os: string } {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

function commit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

const SECTIONS: Record<string, (context: BenchContext) => Figure[] | Promise<Figure[]>> = {
  startup: benchStartup,
  validation: benchValidation,
  diff: benchDiffScale,
  reports: benchReports,
  negotiation: benchNegotiation,
  serve: benchServe,
  word: benchWord,
  'import-docx': benchImportDocx,
  'import-pdf': benchImportPdf,
};

// `npm run bench -- diff` runs only the sections named; bench/results.json holds full runs only.
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  process.stderr.write(`bench: no section ${unknown.join(', ')}; the sections are ${Object.keys(SECTIONS).join(', ')}\n`);
  process.exit(2);
}
const names = chosen.length > 0 ? chosen : Object.keys(SECTIONS);

const work = mkdtempSync(path.join(os.tmpdir(), 'bluedraft-bench-'));
const context: BenchContext = { root, work, bluedraft: [process.execPath, path.join(root, 'bin/bluedraft.js')] };
const started = Date.now();
const figures: Figure[] = [];
const failures: string[] = [];
const about = machine();
try {
  for (const name of names) {
    process.stderr.write(`bench: ${name} …\n`);
    try {
      figures.push(...(await SECTIONS[name]!(context)));
    } catch (error) {
      // One broken section must not cost the figures of the others.
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
about.loadAverageAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
process.stdout.write(`\n${formatHeader(about)}\n\n`);
process.stdout.write(formatTable(figures));
for (const failure of failures) process.stdout.write(`FAILED ${failure}\n`);
const results = { date: new Date().toISOString(), commit: commit(), machine: about, seconds: Math.round((Date.now() - started) / 1000), figures, failures };
if (chosen.length > 0) {
  process.stdout.write(`\nPart of the bench only (${results.seconds} s): bench/results.json left as it was.\n`);
} else {
  writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\nWritten to bench/results.json (${results.seconds} s).\n`);
}
