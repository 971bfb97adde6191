// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { siteConfig } from './scripts/lib/config.ts';
import { precompress } from './scripts/lib/precompress.ts';
import { chunkImports, preloadTransform } from './scripts/lib/module-preload.ts';
import { THEME_INIT } from './src/client/theme-init.mjs';

const config = siteConfig();

/** A content folder other than content/ gets its own cache, so switching folders never mixes their entries. */
const cacheDir = config.contentDir !== 'content'
  ? `./node_modules/.astro-${createHash('sha256').update(config.contentDir).digest('hex').slice(0, 8)}`
  : './node_modules/.astro';

/** @type {Map<string, readonly string[]>} Static imports of every client chunk, recorded as the client bundle is written. */
const imports = new Map();

/**
 * Once the build is done, in one pass over every text file: lists in each page's head every chunk its
 * module scripts load (scripts/lib/module-preload.ts), then writes `.br` and `.gz` beside the file,
 * so any static host serves compressed bytes; last in the list, so the sitemap is written by then.
 * @returns {import('astro').AstroIntegration}
 */
const precompressed = () => ({
  name: 'rot-precompress',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const r = await precompress(fileURLToPath(dir), preloadTransform(imports, config.base));
      const kb = (/** @type {number} */ b) => `${Math.round(b / 1024)} KB`;
      logger.info(`${r.files} text files precompressed in ${((performance.now() - started) / 1000).toFixed(1)} s: ${kb(r.bytes)} -> ${kb(r.gzipBytes)} gzip, ${kb(r.brotliBytes)} brotli`);
    },
  },
});

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'always',
  cacheDir,
  // Shiki highlights with inline styles, which the Content-Security-Policy forbids; no node needs code highlighting.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') }), precompressed()],
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
