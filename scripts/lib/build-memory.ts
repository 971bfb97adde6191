/**
 * The build's memory: how far V8's heap grows between full collections, and when the bundler's
 * allocator returns what it freed.
 *
 * Heap growth. V8 lets the old generation grow to up to four times what survived the last
 * full collection before it collects again, and a build allocates fast and keeps little: at 2,000
 * nodes the last full collection came six seconds in, with 164 MB alive, and the heap then grew to
 * 550 MB by the end without another. Capping the growth at a quarter keeps the heap near what is
 * alive: peak memory at 2,000 nodes went from about 1,080 to 790 MiB, for a few more full
 * collections of tens of milliseconds each. A cap on the heap's size (--max-old-space-size) did
 * about as well at 2,000 nodes, but fails the build outright once a larger corpus keeps more alive.
 *
 * The allocator. Rolldown, Vite's bundler, allocates through mimalloc, which keeps freed pages for a
 * while in case they are wanted again; the bundling is over before the pages render, and at 2,000
 * nodes about 270 MB stayed resident for the rest of the build. MIMALLOC_PURGE_DELAY=0 returns
 * them at once: peak memory at 2,000 nodes went from about 790 to 620 MiB, at no measurable cost in
 * time. mimalloc reads it as Rolldown loads, so scripts/astro-build.ts sets it in the environment
 * Astro starts with.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** Percent the old generation may grow past what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 25;

/** Environment for the build process: mimalloc returns freed memory to the system without delay. A value already set wins. */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };

/** An integration that caps V8's heap growth for `astro build` only; dev and check keep V8's defaults. */
export function buildMemory(percent = HEAP_GROWING_PERCENT): AstroIntegration {
  return {
    name: 'rot-build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // V8 reads this flag each time it sets the next collection's threshold, so setting it at run time takes effect.
        if (command === 'build') setFlagsFromString(`--heap-growing-percent=${percent}`);
      },
    },
  };
}
