/**
 * The builds a benchmark run measures in a browser, made once per `npm run bench`: the build part
 * registers each cold build it has timed, and the graph, search and Lighthouse parts reuse it instead
 * of building the same corpus again. A part run alone builds what it needs.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Where a site is built when no part of this run has built it yet. */
const OUT = resolve('bench/tmp');

const built = new Map<string, string>();

/** The key of a corpus: its content folder, or "content" for the real content. */
const keyOf = (contentDir?: string) => resolve(contentDir ?? 'content');

/** Records that `out` holds a finished build of the corpus in `contentDir` (the real content when absent). */
export function registerSite(out: string, contentDir?: string): void {
  built.set(keyOf(contentDir), resolve(out));
}

/** A build of the corpus in `contentDir` (content check, astro build, precompression), made now unless this run has one. */
export function siteFor(log: (message: string) => void, contentDir?: string): string {
  const key = keyOf(contentDir);
  const have = built.get(key);
  if (have) return have;
  const out = resolve(OUT, contentDir ? `site-${contentDir.replace(/\W+/g, '-')}` : 'site-real');
  log(`building ${contentDir ?? 'the real content'} into ${out}`);
  const r = spawnSync('npm', ['run', 'build', '--silent', '--', '--outDir', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...(contentDir ? { CONTENT_DIR: key } : {}) },
  });
  if (r.status !== 0) throw new Error(`building ${contentDir ?? 'the real content'} into ${out} failed (exit ${r.status ?? r.signal})`);
  registerSite(out, contentDir);
  return out;
}
