/**
 * A small static file server for the built site: directory indexes, the trailing-slash redirect,
 * the site's 404 page, a base path, and the response headers declared in `_headers` (the format
 * static hosts read), so local runs and tests see the same framing policy as production.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

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

/** Creates (does not start) a server for a built site. */
export function createStaticServer({ root, base = '/' }: StaticServerOptions): Server {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFound = join(root, '404.html');

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const send = (status: number, file: string | undefined, sitePath: string) => {
      const headers: Record<string, string> = { ...headersFor(rules, sitePath), 'cache-control': 'no-cache' };
      if (file) headers['content-type'] = TYPES[extname(file)] ?? 'application/octet-stream';
      res.writeHead(status, headers);
      if (req.method === 'HEAD' || !file) return res.end();
      createReadStream(file).pipe(res);
    };
    if (!pathname.startsWith(base) && `${pathname}/` !== base) {
      return send(404, existsSync(notFound) ? notFound : undefined, '/404.html');
    }
    const sitePath = `/${pathname.slice(base.length)}`.replace(/^\/+/, '/');
    const target = normalize(join(root, sitePath));
    if (target !== root && !target.startsWith(root + sep)) return send(404, undefined, sitePath);
    let file = target;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(200, file, sitePath);
    return send(404, existsSync(notFound) ? notFound : undefined, sitePath);
  });
}
