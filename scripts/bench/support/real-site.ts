/**
 * The real content built once per `npm run bench`, for every part that measures the site in a
 * browser (search, Lighthouse): one build instead of one per part. Outside bench/tmp/ so `astro
 * check` and the type checks skip it, as before.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Where the shared build goes. */
export const REAL_SITE = resolve('dist-bench');

let built = false;

/** Builds the real content into REAL_SITE (content check, astro build, precompression) unless this run already did. */
export function realSite(log: (message: string) => void): string {
  if (built) return REAL_SITE;
  log(`building the site into ${REAL_SITE}`);
  const r = spawnSync('npm', ['run', 'build', '--silent', '--', '--outDir', REAL_SITE], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run build -- --outDir ${REAL_SITE} failed (exit ${r.status ?? r.signal})`);
  built = true;
  return REAL_SITE;
}
