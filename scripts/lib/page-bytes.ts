/**
 * What one built page costs on the wire, from the files alone: its HTML, its CSS (linked stylesheets
 * and <style> elements) and the JavaScript it runs before any interaction (its scripts, module
 * preloads and everything they import statically; a dynamic import() is lazy and not counted),
 * each gzipped. Deterministic, so the benchmark can report it for every page type and corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';

export interface PageBytes {
  readonly html: number;
  readonly css: number;
  readonly js: number;
}

interface El {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
  nodeName?: string;
}

function* elements(node: El): Generator<El> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
}
const attr = (el: El, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const text = (el: El) => (el.childNodes ?? []).map((c) => c.value ?? '').join('');
const gz = (s: string | Buffer) => gzipSync(s).length;

/** The static imports of an ES module ("import x from '../a.js'", "import '../b.js'", "export * from '../c.js'"). */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)) out.push((m[1] ?? m[2])!);
  return out;
}

/** Gzip bytes of one built HTML file and what it loads before interaction; `base` is the site's base path. */
export function pageBytes(root: string, htmlFile: string, base = '/'): PageBytes {
  const dir = resolve(root);
  const html = readFileSync(htmlFile, 'utf8');
  const fileOf = (url: string, from: string) => {
    const path = new URL(url, `http://site${from}`).pathname;
    if (!path.startsWith(base)) return undefined;
    const file = join(dir, decodeURIComponent(path.slice(base.length)));
    return existsSync(file) ? file : undefined;
  };
  const pagePath = `${base}${htmlFile.slice(dir.length + 1).replace(/index\.html$/, '')}`;
  let css = 0;
  let js = 0;
  const seen = new Set<string>();
  const addModule = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    js += gz(source);
    const from = `${base}${file.slice(dir.length + 1)}`;
    for (const spec of staticImports(source)) {
      const dep = fileOf(spec, from);
      if (dep) addModule(dep);
    }
  };
  for (const el of elements(parse(html) as unknown as El)) {
    if (el.tagName === 'style') css += gz(text(el));
    if (el.tagName === 'link') {
      const rel = attr(el, 'rel') ?? '';
      const href = attr(el, 'href');
      const file = href ? fileOf(href, pagePath) : undefined;
      if (file && rel === 'stylesheet' && !seen.has(file)) {
        seen.add(file);
        css += gz(readFileSync(file));
      }
      if (file && rel === 'modulepreload') addModule(file);
    }
    if (el.tagName === 'script') {
      const type = (attr(el, 'type') ?? '').toLowerCase();
      if (!['', 'module', 'text/javascript'].includes(type)) continue;
      const src = attr(el, 'src');
      if (!src) js += gz(text(el));
      else {
        const file = fileOf(src, pagePath);
        if (file) addModule(file);
      }
    }
  }
  return { html: gz(html), css, js };
}
