/**
 * The site served as a real host serves it: the build's precompressed copies sent to a browser that
 * accepts them, hashed bundles kept for a year, pages revalidated. Checked on what Chromium itself
 * receives, under whatever base path the build has.
 */
import { expect, test } from '@playwright/test';

test('a page and its scripts arrive brotli-compressed, bundles cached for a year and pages revalidated', async ({ page }) => {
  const responses: { url: string; encoding?: string; cache?: string; type?: string }[] = [];
  page.on('response', async (r) => {
    const h = await r.allHeaders();
    responses.push({ url: r.url(), encoding: h['content-encoding'], cache: h['cache-control'], type: h['content-type'] });
  });
  await page.goto('graph/');
  await page.waitForLoadState('networkidle');
  const html = responses.find((r) => r.url.endsWith('/graph/'));
  expect(html, 'the page itself').toBeDefined();
  expect(html!.encoding).toBe('br');
  expect(html!.cache).toBe('public, max-age=0, must-revalidate');
  expect(html!.type).toMatch(/^text\/html/);
  const bundles = responses.filter((r) => r.url.includes('/_astro/') && r.url.endsWith('.js'));
  expect(bundles.length, 'the graph page loads bundled scripts').toBeGreaterThan(0);
  for (const b of bundles) expect(b.cache, b.url).toBe('public, max-age=31536000, immutable');
  // A bundle big enough to be worth compressing arrives compressed.
  expect(bundles.some((b) => b.encoding === 'br')).toBe(true);
  const layout = responses.find((r) => r.url.endsWith('/graph/layout.json'));
  expect(layout?.encoding, 'the layout JSON').toBe('br');
});

test('a client that accepts no encoding gets the plain file', async ({ request }) => {
  const plain = await request.get('approaches/rag/', { headers: { 'accept-encoding': 'identity' } });
  expect(plain.status()).toBe(200);
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await plain.text()).toContain('Retrieval-augmented generation');
});
