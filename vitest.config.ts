import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/property-seed.ts'],
    // Hang guards, not timings (speed is measured in `npm run bench`): generous, because the
    // browser, LibreOffice and pandoc tests share two cores with the rest of the suite in CI.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
