/**
 * The built site the browser tests run against, discovered from its files rather than listed by hand,
 * so every gate covers each new view as soon as it is built: the sitemap's pages, the embed routes in
 * dist/embed/ (kept out of the sitemap), and every HTML file. Paths returned are relative to the test
 * server's baseURL (which ends in the base path), ready for page.goto().
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseBase, sitePathOf } from '../../../scripts/check-links.ts';
import { htmlFiles } from '../../../scripts/validate-html.ts';
import { KINDS, type Kind } from '../../../src/lib/content/kinds.ts';

/** The built site's folder (DIST, default dist) and base path (BASE, default "/"), as playwright.config.ts serves them. */
export const DIST = resolve(process.env.DIST ?? 'dist');
export const BASE = normaliseBase(process.env.BASE);

function read(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: build the site first (npm run build).`);
  return readFileSync(path, 'utf8');
}

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!);

/** A site path such as "/retrieve-or-tune/approaches/" as the test server's relative path ("approaches/", or "./" for the root). */
export function relativeToBase(pathname: string): string {
  if (!pathname.startsWith(BASE)) throw new Error(`${pathname} is outside the base path ${BASE}`);
  return pathname.slice(BASE.length) || './';
}

/** Every page the sitemap lists, in its order. */
export function sitemapPages(): string[] {
  const sitemaps = locs(read('sitemap-index.xml')).map((u) => new URL(u).pathname.slice(BASE.length));
  if (!sitemaps.length) throw new Error('sitemap-index.xml lists no sitemap');
  const pages = sitemaps.flatMap((file) => locs(read(file)).map((u) => relativeToBase(new URL(u).pathname)));
  if (!pages.length) throw new Error('the sitemap lists no page');
  return pages;
}

/** Every embed route: each index.html under dist/embed/ (none until embeds exist). */
export function embedPages(): string[] {
  const dir = join(DIST, 'embed');
  if (!existsSync(dir)) return [];
  return htmlFiles(dir)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => relativeToBase(`${BASE.slice(0, -1)}${sitePathOf(DIST, f)}`));
}

/** Every page a reader or an embedding site can reach: the sitemap and the embed routes. */
export function allPages(): string[] {
  return [...new Set([...sitemapPages(), ...embedPages()])];
}

/** Whether the built site has a page at this relative path (such as "graph/"). */
export function hasPage(path: string): boolean {
  return existsSync(join(DIST, path, 'index.html'));
}

/** The first node page of each kind in the sitemap (the node pages are `<kind>/<id>/`). */
export function nodePageSample(): { kind: Kind; path: string }[] {
  const pages = sitemapPages();
  return KINDS.flatMap((kind) => {
    const path = pages.find((p) => new RegExp(`^${kind}/[^/]+/$`).test(p));
    return path ? [{ kind, path }] : [];
  });
}

/**
 * The pages less the repeats of one template: where at least `min` pages sit side by side under one
 * parent path (the node pages of a kind, the node embeds), only the first of them is kept.
 */
export function onePerTemplate(pages: readonly string[], min = 10): string[] {
  const parent = (p: string) => p.match(/^(.+\/)[^/]+\/$/)?.[1];
  const counts = new Map<string, number>();
  for (const p of pages) {
    const key = parent(p);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const kept = new Set<string>();
  return pages.filter((p) => {
    const key = parent(p);
    if (!key || (counts.get(key) ?? 0) < min) return true;
    if (kept.has(key)) return false;
    kept.add(key);
    return true;
  });
}

/** Splits a list into `n` nearly equal runs, so each test can reuse one page for its run. */
export function shards<T>(items: readonly T[], n: number): T[][] {
  const size = Math.ceil(items.length / n);
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** Files under a folder of the built site, relative to it; empty when the folder does not exist. */
export function builtFiles(folder = ''): string[] {
  const dir = join(DIST, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
