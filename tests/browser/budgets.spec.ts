/**
 * Budgets (tests/budgets.json): on a fresh load, before any interaction, a page's script (every
 * script response plus its inline scripts, each gzipped) stays within its page type's budget, and no
 * page but the search page loads search code or data. Every page's DOM stays within its page type's
 * ceiling: in the built HTML of every page, and live, scripts run, on one page of each type.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { DecisionDocument } from '../../src/lib/decision/document.ts';
import { BUDGETS, domPageType, htmlElementCount, type PageType } from './support/budgets.ts';
import { DIST, hasPage, nodePageSample, sitemapPages } from './support/site.ts';
import { htmlFiles } from '../../scripts/lib/site-files.ts';

interface Sample {
  readonly path: string;
  readonly type?: PageType;
}

/** The pages measured: home, a node page of each kind, a kind index, and each view page that is built. */
function samples(): Sample[] {
  const out: Sample[] = [{ path: './', type: 'home' }];
  for (const { path } of nodePageSample()) out.push({ path, type: 'node page' });
  const index = sitemapPages().find((p) => /^approaches\/$/.test(p));
  if (index) out.push({ path: index, type: 'kind index' });
  if (hasPage('graph/')) out.push({ path: 'graph/', type: 'graph' });
  // EXTENSION POINT: views without a script budget of their own are measured for the search rule only.
  for (const view of ['decide/', 'decide/matrix/', 'decide/use-cases/', 'graph/list/', 'cost/', 'search/', 'browse/', 'about/']) if (hasPage(view)) out.push({ path: view });
  return out;
}

interface Loaded {
  readonly url: string;
  readonly type: string;
  readonly gzip: number;
  readonly text: string;
}

/** Elements in the page as it is now (what Lighthouse's DOM-size audit counts). */
const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

const gz = (body: Buffer | string) => gzipSync(body).length;

/** Everything a fresh visit to `path` loads before any interaction: responses once the network is idle, and inline scripts. */
async function load(browser: Browser, baseURL: string, path: string): Promise<{ loaded: Loaded[]; inline: number[]; elements: number }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const pending: Promise<Loaded | undefined>[] = [];
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (body) => ({ url: r.url(), type: r.request().resourceType(), gzip: gz(body), text: body.toString('utf8') }),
        () => undefined,
      ),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
      .map((s) => s.textContent ?? ''),
  );
  const elements = await domSize(page);
  const loaded = (await Promise.all(pending)).filter((l): l is Loaded => Boolean(l));
  await context.close();
  return { loaded, inline: inline.map(gz), elements };
}

for (const sample of samples()) {
  test(`budget: ${sample.path}${sample.type ? ` (${sample.type})` : ''}`, async ({ browser, baseURL }) => {
    const { loaded, inline, elements } = await load(browser, baseURL!, sample.path);
    const scripts = loaded.filter((l) => l.type === 'script');
    const scriptBytes = scripts.reduce((n, l) => n + l.gzip, 0) + inline.reduce((n, b) => n + b, 0);
    const detail = [...scripts.map((s) => `${s.gzip} B ${new URL(s.url).pathname}`), ...inline.map((b, i) => `${b} B inline script ${i + 1}`)].join(', ');
    console.log(`bytes: ${sample.path}: ${scriptBytes} B of script before interaction (gzip)${detail ? `: ${detail}` : ''}`);

    if (sample.type) {
      const budget = BUDGETS.scriptBeforeInteraction[sample.type];
      expect(scriptBytes, `${sample.path} (${sample.type}) loads ${scriptBytes} B of script (gzip) before any interaction; the budget is ${budget} B: ${detail}`).toBeLessThanOrEqual(budget);
    }

    const rule = BUDGETS.searchBeforeOpen;
    if (!rule.exemptPages.includes(sample.path)) {
      const search = loaded.filter(
        (l) => rule.dataUrlPatterns.some((p) => l.url.includes(p)) || (l.type === 'script' && rule.codeSignatures.some((s) => l.text.includes(s))),
      );
      const bytes = search.reduce((n, l) => n + l.gzip, 0);
      expect(bytes, `${sample.path} loads ${bytes} B of search code or data before search opens: ${search.map((l) => l.url).join(', ')}`).toBeLessThanOrEqual(rule.bytes);
    }

    const type = domPageType(sample.path);
    const ceiling = BUDGETS.domElements[type];
    console.log(`dom: ${sample.path}: ${elements} elements once loaded (${type}, ceiling ${ceiling})`);
    expect(elements, `${sample.path} (${type}) has ${elements} elements once loaded; the ceiling is ${ceiling}`).toBeLessThanOrEqual(ceiling);
  });
}

test('the search rule recognises fuse.js by its source', async () => {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const fuse = readFileSync(createRequire(import.meta.url).resolve('fuse.js'), 'utf8');
  expect(BUDGETS.searchBeforeOpen.codeSignatures.every((s) => fuse.includes(s))).toBe(true);
});

test('DOM size: every built page stays within its page type\'s ceiling', () => {
  const over: string[] = [];
  let largest = { path: '', elements: 0 };
  for (const file of htmlFiles(DIST)) {
    const rel = relative(DIST, file).split('\\').join('/');
    const path = rel === 'index.html' ? './' : rel.replace(/index\.html$/, '');
    const elements = htmlElementCount(readFileSync(file, 'utf8'));
    const type = domPageType(path);
    if (elements > BUDGETS.domElements[type]) over.push(`${path} (${type}): ${elements} elements, ceiling ${BUDGETS.domElements[type]}`);
    if (elements > largest.elements && type !== 'graph list' && type !== 'decide matrix' && type !== 'use-case table') largest = { path, elements };
  }
  console.log(`dom: largest page outside the listing pages: ${largest.path} with ${largest.elements} elements`);
  expect(over).toEqual([]);
});

test('DOM size: the decide page with every question answered stays within its ceiling', async ({ page }) => {
  const doc = (await (await page.request.get('api/decision.json')).json()) as DecisionDocument;
  // The second answer of each criterion, weights raised: the most rows, reasons and flip points the page draws.
  const answers = doc.criteria.map((c) => `${c.id}:${c.levels[1]!.id}`).join(',');
  const weights = doc.criteria.map((c) => `${c.id}:3`).join(',');
  await page.goto(`decide/?a=${answers}&w=${weights}`);
  await expect(page.locator('rot-decide-view table.reasons tbody tr[data-criterion]')).toHaveCount(doc.criteria.length);
  await page.locator('rot-decide-view details.more-flips').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const elements = await domSize(page);
  console.log(`dom: decide/ with every question answered: ${elements} elements`);
  expect(elements).toBeLessThanOrEqual(BUDGETS.domElements.decide);
});
