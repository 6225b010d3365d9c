import fc from 'fast-check';

/**
 * The seed for property tests. CI runs them from a fixed seed, so that a run can be repeated
 * exactly and a pull request is never failed by a case that no one changed; on a developer's
 * machine each run tries new cases. `FC_SEED` replays a failure (fast-check prints the seed).
 */
export function propertySeed(): number {
  if (process.env.FC_SEED) return Number(process.env.FC_SEED);
  return process.env.CI ? 20_261_123 : Date.now() ^ process.pid;
}

fc.configureGlobal({ seed: propertySeed() });
