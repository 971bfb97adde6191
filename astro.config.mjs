// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { siteConfig } from './scripts/lib/config.ts';
import { pageOutput } from './scripts/lib/build-output.ts';
import { buildMemory } from './scripts/lib/build-memory.ts';
import { chunkImports } from './scripts/lib/module-preload.ts';
import { earlyCompressor, precompress } from './scripts/lib/precompress.ts';
import { setBuildOutput } from './src/lib/shared/build-output.ts';
import { THEME_INIT } from './src/client/theme-init.mjs';

const config = siteConfig();

/** A content folder other than content/ gets its own cache, so switching folders never mixes their entries. */
const cacheDir = config.contentDir !== 'content'
  ? `./node_modules/.astro-${createHash('sha256').update(config.contentDir).digest('hex').slice(0, 8)}`
  : './node_modules/.astro';

/** @type {Map<string, readonly string[]>} Static imports of every client chunk, recorded as the client bundle is written. */
const imports = new Map();

/**
 * The build's output step: as each page renders (src/middleware.ts hands it over), HTML gets a
 * modulepreload link for every chunk its module scripts load (scripts/lib/module-preload.ts, from the
 * client chunks' imports recorded before any page renders) and every text file its `.br` and `.gz`,
 * made on the thread pool while the next pages render; once the build is done, one pass compresses
 * whatever never came through (bundles, sitemap) or changed since. Last in the list, so the sitemap
 * is written by then.
 * @returns {import('astro').AstroIntegration}
 */
const buildOutput = () => {
  /** @type {URL | undefined} */
  let outDir;
  let base = '/';
  /** @type {import('./scripts/lib/precompress.ts').EarlyCompressor | undefined} */
  let early;
  return {
    name: 'rot-build-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base;
      },
      'astro:build:start': () => {
        if (!outDir) return;
        early = earlyCompressor(fileURLToPath(outDir), base);
        setBuildOutput(pageOutput(imports, base, early));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        setBuildOutput(undefined);
        const r = early ? await early.finish() : { ...(await precompress(fileURLToPath(dir))), early: 0 };
        early = undefined;
        const kb = (/** @type {number} */ b) => `${Math.round(b / 1024)} KB`;
        logger.info(`${r.files} text files precompressed (${r.early} while rendering), the rest in ${((performance.now() - started) / 1000).toFixed(1)} s: ${kb(r.bytes)} -> ${kb(r.gzipBytes)} gzip, ${kb(r.brotliBytes)} brotli`);
      },
    },
  };
};

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  cacheDir,
  // Shiki highlights with inline styles, which the Content-Security-Policy forbids; no node needs code highlighting.
  markdown: { syntaxHighlight: false },
  // Four pages at a time: each page's write waits on the disk (creating a file takes about half a
  // millisecond here), and rendering the next pages meanwhile took 2,000 nodes from 32 s to 28 s.
  build: { format: 'directory', concurrency: 4 },
  integrations: [buildMemory(), mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), buildOutput()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [sha256(THEME_INIT)] },
    },
  },
  server: { port: 4321 },
  vite: {
    plugins: [chunkImports(imports)],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The element registry, the DOM builders, the base path and URL helpers, node ids, the kinds
            // and Vite's preload helper are a few hundred bytes each that every page's scripts load (the
            // header's launcher, the link previews): as one chunk, no page waits on six requests for them.
            groups: [
              {
                name: 'define',
                test: /[\\/]src[\\/](client[\\/](define|dom|base)|lib[\\/]shared[\\/]urls|lib[\\/]content[\\/](ids|kinds))\.ts$|vite[\\/]preload-helper/,
              },
            ],
          },
        },
      },
    },
  },
});
