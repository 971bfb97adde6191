// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './scripts/lib/config.ts';
import { THEME_INIT } from './src/client/theme-init.mjs';

const config = siteConfig();

/** A content folder other than content/ gets its own cache, so switching folders never mixes their entries. */
const cacheDir = config.contentDir !== 'content'
  ? `./node_modules/.astro-${createHash('sha256').update(config.contentDir).digest('hex').slice(0, 8)}`
  : './node_modules/.astro';

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
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/embed/') })],
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
});
