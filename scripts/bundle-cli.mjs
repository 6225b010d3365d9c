// Bundles the compiled CLI into a few files. Node resolves and loads a bundle far faster than
// the hundred-odd modules it is made of: `bluedraft validate` starts about a third sooner.
// Each command stays a separate chunk, loaded only when that command runs.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear old ones so stale chunks never pile up.
await rm('dist/cli-bundle', { recursive: true, force: true });

await build({
  entryPoints: ['dist/cli/main.js'],
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Dependencies shipped as CommonJS call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
