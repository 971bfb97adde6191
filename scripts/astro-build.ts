/**
 * `astro build` with the native allocator told to give memory back at once: `npm run build` runs
 * this after the content check, and the benchmark measures it. Arguments pass through to Astro.
 * The allocator reads its settings when Astro loads the bundler, before any of our code runs, so
 * they must be in the environment the build starts with.
 */
import { spawnSync } from 'node:child_process';
import { ALLOCATOR_ENV } from './lib/build-memory.ts';

const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...ALLOCATOR_ENV, ...process.env },
});
if (r.error) throw r.error;
process.exit(r.status ?? 1);
