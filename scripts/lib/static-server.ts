/**
 * The built site served as a static host serves it: sirv sends the `.br` or `.gz` file the build
 * wrote beside each text file when the browser accepts it, with ETags; around it, the base path,
 * the trailing-slash redirect, the site's 404 page and the response headers declared in `_headers`
 * (the format static hosts read, which also carries the cache policy), so local runs, tests and
 * benchmarks see what production sees.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import sirv from 'sirv';

/** Cache policy of a response `_headers` leaves silent: revalidate every time, as for HTML. */
const DEFAULT_CACHE = 'no-cache';

export interface HeaderRule {
  /** A path pattern where a trailing `*` matches any rest of the path. */
  readonly pattern: string;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Lower-case names of headers this rule removes from earlier matching rules (`! Name` lines). */
  readonly detach?: readonly string[];
}

/** Parses a `_headers` file: a path line, then indented `Name: value` (attach) or `! Name` (detach) lines. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: [string, string][]; detach: string[] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
      continue;
    }
    const i = line.indexOf(':');
    const rule = rules.at(-1);
    const detached = line.trim().match(/^!\s*(\S+)$/);
    if (detached && rule) {
      rule.detach.push(detached[1]!.toLowerCase());
      continue;
    }
    if (i > 0 && rule) rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}

/** The headers that apply to a site path; later rules override earlier ones for the same name. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const p = rule.pattern;
    const match = p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p;
    if (!match) continue;
    for (const name of rule.detach ?? []) delete out[name];
    for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  }
  return out;
}

export interface StaticServerOptions {
  readonly root: string;
  /** The base path the site was built with, "/" or "/sub/path/". */
  readonly base?: string;
}

/** Creates (does not start) a server for a built site. Files are indexed when it is created, so build first. */
export function createStaticServer({ root, base = '/' }: StaticServerOptions): Server {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFound = join(root, '404.html');
  const siteHeaders = (sitePath: string) => ({ 'cache-control': DEFAULT_CACHE, ...headersFor(rules, sitePath) });

  const sendNotFound = (req: IncomingMessage, res: ServerResponse, sitePath: string): void => {
    const found = existsSync(notFound);
    res.writeHead(404, { ...siteHeaders(sitePath), ...(found ? { 'content-type': 'text/html; charset=utf-8' } : {}) });
    if (req.method === 'HEAD' || !found) res.end();
    else createReadStream(notFound).pipe(res);
  };
  const files = sirv(root, {
    gzip: true,
    brotli: true,
    etag: true,
    extensions: ['html'],
    setHeaders: (res, sitePath) => {
      for (const [name, value] of Object.entries(siteHeaders(sitePath))) res.setHeader(name, value);
    },
  });

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return sendNotFound(req, res, '/404.html');
    const sitePath = `/${pathname.slice(base.length)}`.replace(/^\/+/, '/');
    const target = normalize(join(root, sitePath));
    if (target !== root && !target.startsWith(root + sep)) return sendNotFound(req, res, sitePath);
    if (!pathname.endsWith('/') && existsSync(target) && statSync(target).isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    // sirv sees site paths; it would also answer "/dir" with dir/index.html, which the redirect above forestalls.
    req.url = `${url.pathname.slice(base.length - 1)}${url.search}`;
    files(req, res, () => sendNotFound(req, res, sitePath));
  });
}
