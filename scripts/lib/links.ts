/**
 * Internal links of a built site: every href, src, srcset, poster, action and object data in every
 * HTML file must name a file the site serves under its base path (with the trailing slash every page
 * URL has), and every #fragment an id in the page it points to. Stops at the first broken link.
 * `node scripts/lib/links.ts [dist] [base]` (defaults: DIST and BASE from the environment).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'parse5';
import { normaliseBase } from './config.ts';
import { htmlFiles } from './site-files.ts';

/** A link found in a page: the element and attribute that hold it, and its value. */
export interface FoundLink {
  readonly tag: string;
  readonly attr: string;
  readonly value: string;
}

export interface BrokenLink {
  /** The page's file, relative to the site's root folder. */
  readonly page: string;
  readonly link: FoundLink;
  readonly reason: string;
}

export interface LinkReport {
  readonly pages: number;
  /** Internal links resolved (each occurrence counts). */
  readonly links: number;
  /** Links to other sites, which are not followed. */
  readonly external: number;
  /** The first broken link, if any; checking stops there. */
  readonly broken?: BrokenLink;
}

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'xlink:href']);

/** Every element of a parsed document, templates included. */
function* elements(node: Node): Generator<Node> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

/** The links and the fragment targets (ids, and names of anchors) of one HTML document. */
export function scanHtml(html: string): { links: FoundLink[]; ids: Set<string> } {
  const links: FoundLink[] = [];
  const ids = new Set<string>();
  for (const el of elements(parse(html) as unknown as Node)) {
    const tag = el.tagName!;
    for (const { name, value } of el.attrs ?? []) {
      if (name === 'id' || (name === 'name' && tag === 'a')) ids.add(value);
      if (tag === 'base' || tag === 'meta') continue;
      if (URL_ATTRS.has(name) || (name === 'data' && tag === 'object')) links.push({ tag, attr: name, value: value.trim() });
      if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push({ tag, attr: name, value: url });
        }
      }
    }
  }
  return { links, ids };
}

/** The site path ("/", "/approaches/rag/", "/404.html") of a built file. */
export function sitePathOf(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

type Resolution = { kind: 'external' } | { kind: 'skip' } | { kind: 'broken'; reason: string } | { kind: 'file'; file: string; fragment: string };

/**
 * Resolves one link found on the page at `pageUrl` (absolute, on `origin`). `siteOrigin` is the origin the
 * site was built for (absolute links to it, such as canonical URLs, are internal too).
 */
export function resolveLink(value: string, pageUrl: URL, root: string, base: string, siteOrigin?: string): Resolution {
  if (value === '') return { kind: 'broken', reason: 'empty URL' };
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (url.protocol === 'javascript:') return { kind: 'broken', reason: 'javascript: URL (the Content-Security-Policy blocks it)' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'skip' };
  if (url.origin !== pageUrl.origin) {
    if (!siteOrigin || url.origin !== siteOrigin) return { kind: 'external' };
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'broken', reason: 'bad %-encoding in the path' };
  }
  if (!path.startsWith(base)) return { kind: 'broken', reason: `outside the base path ${base}` };
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : '';
  const target = resolve(root, `.${path.slice(base.length - 1)}`);
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'broken', reason: 'outside the site' };
  if (path.endsWith('/')) {
    const index = join(target, 'index.html');
    return existsSync(index) ? { kind: 'file', file: index, fragment } : { kind: 'broken', reason: 'no such page' };
  }
  if (existsSync(target) && statSync(target).isFile()) return { kind: 'file', file: target, fragment };
  if (existsSync(join(target, 'index.html'))) return { kind: 'broken', reason: 'page URL without its trailing slash' };
  return { kind: 'broken', reason: 'no such file' };
}

/** The origin the site was built for, read from its sitemap index (absolute URLs there use it). */
export function siteOriginOf(root: string): string | undefined {
  const index = join(root, 'sitemap-index.xml');
  if (!existsSync(index)) return undefined;
  const loc = readFileSync(index, 'utf8').match(/<loc>([^<]+)<\/loc>/)?.[1];
  return loc ? new URL(loc).origin : undefined;
}

/** Checks every internal link of the built site under `root`, served at `base`; stops at the first broken one. */
export function checkLinks(rootDir: string, rawBase = '/'): LinkReport {
  const root = resolve(rootDir);
  const base = normaliseBase(rawBase);
  const origin = 'http://site.test';
  const siteOrigin = siteOriginOf(root);
  const idsOf = new Map<string, Set<string>>();
  const scanned = new Map<string, ReturnType<typeof scanHtml>>();
  const scan = (file: string) => {
    let s = scanned.get(file);
    if (!s) scanned.set(file, (s = scanHtml(readFileSync(file, 'utf8'))));
    idsOf.set(file, s.ids);
    return s;
  };
  const files = htmlFiles(root);
  let links = 0;
  let external = 0;
  for (const file of files) {
    const page = relative(root, file);
    const pageUrl = new URL(`${base.slice(0, -1)}${sitePathOf(root, file)}`, origin);
    for (const link of scan(file).links) {
      const r = resolveLink(link.value, pageUrl, root, base, siteOrigin);
      if (r.kind === 'external') external++;
      if (r.kind === 'external' || r.kind === 'skip') continue;
      links++;
      if (r.kind === 'broken') return { pages: files.length, links, external, broken: { page, link, reason: r.reason } };
      if (r.fragment && r.fragment.toLowerCase() !== 'top' && r.file.endsWith('.html')) {
        const ids = idsOf.get(r.file) ?? scan(r.file).ids;
        if (!ids.has(r.fragment)) {
          return { pages: files.length, links, external, broken: { page, link, reason: `no element with id "${r.fragment}" in ${relative(root, r.file)}` } };
        }
      }
    }
    // Keep memory flat on large sites: only the ids of pages are needed once a page's links are done.
    scanned.delete(file);
  }
  return { pages: files.length, links, external };
}

/** One line naming the page, the element and attribute, the link and what is wrong with it. */
export function describeBroken(b: BrokenLink): string {
  return `broken link on ${b.page}: <${b.link.tag} ${b.link.attr}="${b.link.value}">: ${b.reason}`;
}
