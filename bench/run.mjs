// `npm run bench`: the bench is TypeScript, like the code it measures; Node 20 cannot run
// TypeScript, so it is bundled with esbuild (already a dev dependency) and then run.
// `npm run bench -- diff validation` runs only the sections named.
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/main.ts', 'bench/peak-memory.ts'],
  outdir: 'dist/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import('../dist/bench/main.mjs');
