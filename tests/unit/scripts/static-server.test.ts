import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../../scripts/lib/precompress.ts';
import { createStaticServer } from '../../../scripts/lib/static-server.ts';

const PAGE = `<!doctype html><title>Home</title><p>${'Retrieval or fine-tuning? '.repeat(200)}</p>`;
const SCRIPT = `export const answer = ${JSON.stringify('both '.repeat(400))};`;

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A raw GET (fetch would negotiate and decode the encoding itself, hiding what the server sent). */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

/** A small built site: a page, a hashed asset, a folder page, the 404 page and the real _headers. */
function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'rot-serve-'));
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'embed', 'node', 'rag'), { recursive: true });
  mkdirSync(join(root, 'approaches', 'rag'), { recursive: true });
  writeFileSync(join(root, 'index.html'), PAGE);
  writeFileSync(join(root, 'approaches', 'rag', 'index.html'), PAGE.replace('Home', 'RAG'));
  writeFileSync(join(root, 'embed', 'node', 'rag', 'index.html'), PAGE.replace('Home', 'RAG card'));
  writeFileSync(join(root, '_astro', 'view.B3xk9Q.js'), SCRIPT);
  writeFileSync(join(root, '404.html'), `<!doctype html><title>Not found</title><p>No such page.</p>${'<p>Try the search. '.repeat(80)}`);
  writeFileSync(join(root, 'tiny.json'), '{"a":1}');
  cpSync('public/_headers', join(root, '_headers'));
  return root;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('precompress', () => {
  it('writes a .br and a .gz beside each text file that decode to the file, and leaves tiny files alone', async () => {
    const root = site();
    try {
      const r = await precompress(root);
      assert.equal(r.files, 5, 'four pages and the script; tiny.json and _headers stay as they are');
      for (const file of ['index.html', '_astro/view.B3xk9Q.js', '404.html']) {
        const original = readFileSync(join(root, file));
        assert.deepEqual(brotliDecompressSync(readFileSync(join(root, `${file}.br`))), original, `${file}.br`);
        assert.deepEqual(gunzipSync(readFileSync(join(root, `${file}.gz`))), original, `${file}.gz`);
      }
      assert.throws(() => readFileSync(join(root, 'tiny.json.gz')));
      assert.throws(() => readFileSync(join(root, '_headers.gz')));
      assert.ok(r.brotliBytes < r.bytes / 5 && r.gzipBytes < r.bytes / 5, 'repetitive text shrinks to a fraction');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes back what the transform changes, in the copies too, and leaves the other files as they were', async () => {
    const root = site();
    try {
      const script = readFileSync(join(root, '_astro/view.B3xk9Q.js'));
      await precompress(root, (file, body) => (file.endsWith('index.html') ? body.toString().replace('<title>Home', '<title>Home, changed') : body));
      const page = readFileSync(join(root, 'index.html'), 'utf8');
      assert.match(page, /<title>Home, changed</);
      assert.equal(brotliDecompressSync(readFileSync(join(root, 'index.html.br'))).toString(), page);
      assert.deepEqual(readFileSync(join(root, '_astro/view.B3xk9Q.js')), script);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

for (const base of ['/', '/retrieve-or-tune/']) {
  describe(`the static server, base path ${base}`, () => {
    let root: string;
    let server: Server;
    let origin: string;
    before(async () => {
      root = site();
      await precompress(root);
      server = createStaticServer({ root, base });
      origin = await listen(server);
    });
    after(() => {
      server.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('sends brotli to a browser that accepts it, gzip to one that accepts only gzip, and plain text otherwise', async () => {
      const brotli = await get(origin, base, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(brotli.headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(brotli.body).toString(), PAGE);
      const gzip = await get(origin, base, { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(gzip.body).toString(), PAGE);
      const plain = await get(origin, base);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.body.toString(), PAGE);
      for (const r of [brotli, gzip, plain]) {
        assert.match(String(r.headers['content-type']), /^text\/html/);
        assert.match(String(r.headers.vary), /accept-encoding/i, 'caches keep the encodings apart');
      }
    });

    it('lets browsers keep hashed /_astro/ assets for a year, and makes them revalidate pages', async () => {
      const asset = await get(origin, `${base}_astro/view.B3xk9Q.js`, { 'accept-encoding': 'br' });
      assert.equal(asset.status, 200);
      assert.match(String(asset.headers['content-type']), /javascript/);
      assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
      const page = await get(origin, `${base}approaches/rag/`);
      assert.equal(page.headers['cache-control'], 'public, max-age=0, must-revalidate');
      assert.ok(page.headers.etag, 'an ETag makes revalidation cheap');
      const again = await get(origin, `${base}approaches/rag/`, { 'if-none-match': String(page.headers.etag) });
      assert.equal(again.status, 304);
    });

    it('keeps the framing policy of _headers: pages framed by the site only, embeds by anyone', async () => {
      const page = await get(origin, `${base}approaches/rag/`, { 'accept-encoding': 'br' });
      assert.equal(page.headers['content-security-policy'], "frame-ancestors 'self'");
      assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
      const embed = await get(origin, `${base}embed/node/rag/`, { 'accept-encoding': 'br' });
      assert.equal(embed.headers['content-security-policy'], 'frame-ancestors *');
      assert.equal(embed.headers['x-frame-options'], undefined);
    });

    it('redirects a folder without its trailing slash, keeping the query', async () => {
      const r = await get(origin, `${base}approaches/rag?focus=rag`);
      assert.equal(r.status, 301);
      assert.equal(r.headers.location, `${base}approaches/rag/?focus=rag`);
    });

    it('answers a missing page with the site 404 page and status 404, inside and outside the base path', async () => {
      for (const path of [`${base}no-such-page/`, `${base}../../etc/passwd`, '/elsewhere/']) {
        if (base === '/' && path === '/elsewhere/') continue;
        const r = await get(origin, path);
        assert.equal(r.status, 404, path);
        assert.match(r.body.toString(), /No such page/, path);
      }
    });
  });
}
