/**
 * Bad input from the URL and from other windows: every page that reads its URL gets a bounded, seeded
 * set of hostile parameter values, and pages get forged postMessage traffic of many shapes. None may
 * raise a page error or a console error, inject an element, open a dialog, pollute Object.prototype
 * or leave the page blank.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { headersFor, parseHeaders } from '../../scripts/lib/static-server.ts';
import { FUZZ_SEED, fuzzValues, INJECTED, queryFor, rng } from './support/fuzz.ts';
import { recordGate } from './support/gates.ts';
import { DIST, embedPages, hasPage, nodePageSample } from './support/site.ts';
import { watchPage } from './support/watch.ts';

interface UrlReader {
  readonly path: string;
  /** The parameters the page reads. */
  readonly params: readonly string[];
}

const NODE_PAGE = nodePageSample()[0]?.path ?? 'approaches/rag/';

/** The parameters each view reads, by its path. */
const VIEW_PARAMS: Record<string, readonly string[]> = {
  // theme-init.mjs reads ?theme= on every page; the home and a node page stand for every page.
  './': ['theme'],
  [NODE_PAGE]: ['theme'],
  // EXTENSION POINT. The views below are fuzzed once they are built (found in dist). Their parameter
  // names are those of the graph, decide and search branches as they stood when this was written:
  // LEAD, check each list against the view's URL-state module on merge (graph-state.ts, decide-state.ts,
  // cost-state.ts, search/page.ts) and add any view that reads its URL.
  'graph/': ['focus', 'kinds', 'relations', 'zoom', 'theme'],
  'decide/': ['u', 'a', 'w', 'theme'],
  'cost/': ['q', 'base', 'ctx', 'price', 'infra', 'upfront', 'every', 'retrain', 'tprice', 'share', 'hevery', 'months', 'theme'],
  'search/': ['q', 'theme'],
};
/** What every embed route reads besides its view's own parameters (embed.js passes them). */
const EMBED_PARAMS = ['theme', 'frame', 'origin'];

/** One embed route per view (embed/<view>/...), with its view's parameters. */
function embedReaders(): UrlReader[] {
  const byView = new Map<string, string>();
  for (const path of embedPages()) {
    const view = path.split('/')[1] ?? '';
    if (!byView.has(view)) byView.set(view, path);
  }
  return [...byView].map(([view, path]) => ({ path, params: [...new Set([...EMBED_PARAMS, ...(VIEW_PARAMS[`${view}/`] ?? [])])] }));
}

/** THE list of pages that read their URL: the one place to extend. */
const URL_READERS: UrlReader[] = [
  ...Object.entries(VIEW_PARAMS)
    .filter(([path]) => path === './' || hasPage(path))
    .map(([path, params]) => ({ path, params })),
  ...embedReaders(),
];

const CASES_PER_READER = 40;

/** What a hostile input must never do to a page, checked after each case. */
async function damage(target: Page | Frame): Promise<string[]> {
  return target.evaluate((selector) => {
    const out: string[] = [];
    const injected = document.querySelectorAll(selector).length;
    if (injected) out.push(`${injected} injected element(s)`);
    if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')) out.push('Object.prototype polluted');
    if (!document.body || !document.body.innerText.trim()) out.push('blank page');
    return out;
  }, INJECTED);
}

test.describe('fuzzed URL parameters', () => {
  for (const [i, reader] of URL_READERS.entries()) {
    test(`${reader.path}: ${CASES_PER_READER} hostile values for ${reader.params.join(', ')} (seed ${FUZZ_SEED})`, async ({ page }) => {
      test.setTimeout(30_000 + CASES_PER_READER * 2_500);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      const watch = await watchPage(page);
      const seed = FUZZ_SEED + i;
      const r = rng(seed);
      const values = fuzzValues(seed, CASES_PER_READER);
      const problems: string[] = [];
      let tried = 0;
      for (const [n, v] of values.entries()) {
        const param = reader.params[n % reader.params.length]!;
        const hash = r() < 0.15 ? `#${v.raw ? v.value : encodeURIComponent(v.value)}` : '';
        const url = `${reader.path}${queryFor(param, v, r)}${hash}`;
        const label = `case ${n} (${v.family}, ${param}): ${url.length > 160 ? `${url.slice(0, 160)}… (${url.length} chars)` : url}`;
        tried++;
        try {
          const response = await page.goto(url);
          if (response?.status() !== 200) problems.push(`${label}: status ${response?.status()}`);
        } catch (error) {
          problems.push(`${label}: navigation failed: ${(error as Error).message.split('\n')[0]!.slice(0, 200)}`);
          continue;
        }
        for (const p of [...(await watch.take()), ...(await damage(page)), ...dialogs.splice(0)]) problems.push(`${label}: ${p}`);
      }
      recordGate('fuzz cases tried (URL parameters)', tried);
      expect(problems).toEqual([]);
    });
  }
});

/**
 * Posts junk of every shape postMessage can carry, forgeries of the embed resize message among them,
 * to this window ('self') or to the page's first iframe ('frame'). Runs in the page: self-contained.
 */
function postJunk(which: string): number {
  const target = which === 'self' ? window : document.querySelector('iframe')?.contentWindow;
  if (!target) throw new Error('no frame to post to');
  const deep: Record<string, unknown> = {};
  let cursor = deep;
  for (let i = 0; i < 200; i++) cursor = (cursor.next = {}) as Record<string, unknown>;
  const markup = '<img src=x onerror=alert(1) data-fuzz>';
  const junk: unknown[] = [
    undefined, null, 0, -1, NaN, Infinity, true, '', 'resize', 'x'.repeat(1_000_000), markup, JSON.stringify({ type: 'rot:resize', height: 1e9 }),
    [], [1, 2, 3], {}, deep, new Date(0), /re(g)ex/gi, new Map([[1, 2]]), new Set([markup]), new ArrayBuffer(16), new Uint8Array([1, 2, 3]),
    new Blob([markup]), new Error(markup),
    JSON.parse('{"__proto__": {"polluted": 1}}'), { constructor: { prototype: { polluted: 1 } } },
    { type: markup }, { html: markup, text: markup, title: markup, message: markup },
    ...['rot:resize', 'resize', 'height', 'theme', 'navigate', 'ready', 'init', 'options', 'state', 'search', 'select', 'focus'].flatMap((type) => [
      { type },
      { type, id: 'x', height: 'NaN' },
      { type, id: markup, height: -1 },
      { type, id: '0', height: 1e308 },
      { type, id: null, height: Infinity, width: -Infinity },
      { type, id: '__proto__', height: { valueOf: 1 } },
      { type, theme: markup, url: 'javascript:alert(1)', href: 'https://evil.example/', q: '.*(' },
      { type, data: deep },
    ]),
  ];
  for (const message of junk) target.postMessage(message, '*');
  return junk.length;
}

/** Whether a page may be framed by another site, going by the host headers the site ships (dist/_headers). */
function frameableByAnyone(path: string): boolean {
  const file = join(DIST, '_headers');
  if (!existsSync(file)) return true;
  const headers = headersFor(parseHeaders(readFileSync(file, 'utf8')), `/${path === './' ? '' : path}`);
  if (headers['x-frame-options']) return false;
  const ancestors = headers['content-security-policy']?.match(/frame-ancestors([^;]*)/)?.[1]?.trim().split(/\s+/);
  return !ancestors || ancestors.includes('*');
}

const MESSAGE_TARGETS = [...new Set([...URL_READERS.map((r) => r.path), NODE_PAGE])];

test.describe('forged postMessage traffic is ignored', () => {
  /**
   * Another site that frames a page: a server of its own on another port (so another origin). It is a
   * real loopback server rather than a routed response, because Chromium blocks a page of unknown
   * address from framing a local one.
   */
  let foreign: Server | undefined;
  let foreignOrigin = '';
  test.beforeAll(async () => {
    foreign = createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>Host</title><iframe title="embedded page" src="${attr}"></iframe></html>`);
    });
    await new Promise<void>((ok) => foreign!.listen(0, '127.0.0.1', ok));
    foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((ok) => (foreign ? foreign.close(ok) : ok(undefined)));
  });

  for (const path of MESSAGE_TARGETS) {
    test(`${path}: junk messages from the page itself${frameableByAnyone(path) ? ' and from a foreign site framing it' : ''}`, async ({ page, baseURL }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      const watch = await watchPage(page);
      await page.goto(path);
      let sent = await page.evaluate(postJunk, 'self');
      const problems = [...(await watch.take()), ...(await damage(page)), ...dialogs.splice(0)];

      if (frameableByAnyone(path)) {
        const target = new URL(path, baseURL).href;
        // The parent's load event waits for the frame's.
        await page.goto(`${foreignOrigin}/?src=${encodeURIComponent(target)}`);
        const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
        expect(frame?.url(), 'the page loads in a foreign frame').toBe(target);
        sent += await page.evaluate(postJunk, 'frame');
        problems.push(...(await watch.take()), ...(await damage(frame!)).map((p) => `in the frame: ${p}`), ...dialogs.splice(0));
      }
      recordGate('forged messages posted', sent);
      expect(problems).toEqual([]);
    });
  }
});

test('the fuzz values are bounded, seeded and cover every family', () => {
  const a = fuzzValues(FUZZ_SEED, 200);
  expect(fuzzValues(FUZZ_SEED, 200)).toEqual(a);
  const families = new Set(a.map((v) => v.family));
  for (const f of ['html/script', 'regex', 'unicode', 'bad %-encoding', 'prototype key', 'very long', 'random', 'numbers and structure']) expect(families).toContain(f);
  const r = rng(FUZZ_SEED);
  for (const v of a) expect(queryFor('param', v, r).length, `${v.family} value makes a query a server accepts`).toBeLessThanOrEqual(8_000);
});
