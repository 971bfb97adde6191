/**
 * `<link rel="modulepreload">` for every chunk a page's module scripts import, written into the built
 * HTML. A browser finds a module's imports only once it has fetched and parsed that module, on the
 * main thread, while the page's HTML is still being parsed: the graph page's script waited on three
 * such rounds (its entry, graph-canvas, the d3 chunks), over 100 ms before the first frame. Listed in
 * the head, every chunk is requested at once. Astro writes no such links itself, so the build records
 * each chunk's static imports (`chunkImports`) as the client bundle is written, before any page
 * renders, and adds the links to each page as it renders (src/middleware.ts, astro.config.mjs).
 */

/** Static imports of each client chunk, by file name under the output folder (`_astro/x.js`). */
export type ChunkImports = ReadonlyMap<string, readonly string[]>;

/** The part of a Rollup/Rolldown output bundle this reads. */
interface OutputBundle {
  readonly [fileName: string]: { readonly type: string; readonly imports?: readonly string[] };
}

/** A Vite plugin that records every chunk's static imports into `into` as the bundles are written. */
export function chunkImports(into: Map<string, readonly string[]>): { name: string; apply: 'build'; generateBundle(options: unknown, bundle: OutputBundle): void } {
  return {
    name: 'rot-chunk-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, chunk] of Object.entries(bundle)) {
        if (chunk.type === 'chunk') into.set(fileName, chunk.imports ?? []);
      }
    },
  };
}

const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g;

/** Every chunk the module scripts of `html` load, entries and their static imports, in document order and once each. */
export function preloadsOf(html: string, imports: ChunkImports, base: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !imports.has(file)) return;
    seen.add(file);
    for (const dep of imports.get(file)!) visit(dep);
  };
  for (const [, src] of html.matchAll(MODULE_SCRIPT)) {
    if (src!.startsWith(base)) visit(src!.slice(base.length));
  }
  return [...seen];
}

/** `html` with a modulepreload link for each chunk its module scripts load (and it does not list yet), at the end of its head. */
export function withModulePreloads(html: string, imports: ChunkImports, base: string): string {
  const files = preloadsOf(html, imports, base).filter((file) => !html.includes(`href="${base}${file}"`));
  const head = html.indexOf('</head>');
  if (!files.length || head < 0) return html;
  const links = files.map((file) => `<link rel="modulepreload" href="${base}${file}">`).join('');
  return `${html.slice(0, head)}${links}${html.slice(head)}`;
}
