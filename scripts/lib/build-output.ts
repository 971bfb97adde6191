/**
 * The build's output step for each rendered page, as src/middleware.ts hands it over: HTML gets its
 * modulepreload links (module-preload.ts), then every page goes to the compressor (precompress.ts),
 * so the bytes compressed are the bytes Astro writes.
 */
import type { BuildOutput } from '../../src/lib/shared/build-output.ts';
import { withModulePreloads, type ChunkImports } from './module-preload.ts';
import type { EarlyCompressor } from './precompress.ts';

/** The output step of a build under `base`, with the client chunks' `imports` and `early` compressing. */
export function pageOutput(imports: ChunkImports, base: string, early: Pick<EarlyCompressor, 'add'>): BuildOutput {
  return {
    async page(pathname, status, contentType, body) {
      let out = body;
      if (/^text\/html\b/i.test(contentType)) {
        const html = new TextDecoder().decode(body);
        const linked = withModulePreloads(html, imports, base);
        if (linked !== html) out = new TextEncoder().encode(linked);
      }
      // Only a 200 is written where its path says (the 404 page is `404.html`); the final pass takes the rest.
      if (status === 200) await early.add(pathname, out);
      return out;
    },
  };
}
