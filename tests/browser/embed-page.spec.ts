/** The node card's embed route on its own: no chrome, its options, notices for bad ones, no JS needed. */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test('the node card shows kind, title, summary and relations both ways, without the site chrome', async ({ page }) => {
  await page.goto('embed/node/rag/');
  await expect(page.locator('.kind-badge')).toHaveText(/approach/i);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
  await expect(page.locator('.lead')).toContainText('searches your documents');
  await expect(page.locator('.relations .group[data-direction="forward"]').first()).toBeVisible();
  await expect(page.locator('.relations .group[data-direction="inverse"]').first()).toBeVisible();
  await expect(page.locator('.site-header, .site-footer, nav[aria-label="Main"]')).toHaveCount(0);
});

test('an embed route sends search engines to its full page, and stays out of the sitemap', async ({ page, request, baseURL }) => {
  await page.goto('embed/node/rag/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL('approaches/rag/', baseURL).href);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain(new URL('approaches/rag/', baseURL).href);
  expect(sitemap).not.toContain('/embed/');
});

test('"Open in Retrieve or Tune" opens the full page in a new tab, and so does every link', async ({ page, baseURL }) => {
  await page.goto('embed/node/rag/');
  const open = page.getByRole('link', { name: /Open in Retrieve or Tune/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', /noopener/);
  const [popup] = await Promise.all([page.waitForEvent('popup'), open.click()]);
  await expect(popup).toHaveURL(new URL('approaches/rag/', baseURL).href);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
  // Links inside the card leave the frame too (a framed site page would be refused).
  const [second] = await Promise.all([page.waitForEvent('popup'), page.locator('.relations a').first().click()]);
  await expect(second.getByRole('heading', { level: 1 })).toBeVisible();
});

test('relations=off folds the relations away; the reader can unfold them', async ({ page }) => {
  await page.goto('embed/node/rag/?relations=off');
  const details = page.locator('details.card-relations');
  await expect(details).not.toHaveAttribute('open', '');
  await expect(page.locator('.relations')).toBeHidden();
  await page.locator('details.card-relations > summary').click();
  await expect(page.locator('.relations')).toBeVisible();
});

test('an unknown option value falls back with a visible notice, shown as text', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`embed/node/rag/?theme=purple&relations=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  const notices = page.getByRole('status');
  await expect(notices).toContainText('Ignored “purple” in “theme”: expected auto, light or dark; showing auto.');
  await expect(notices).toContainText('Ignored “<img src=x onerror=alert(1)>” in “relations”');
  await expect(page.locator('.embed-notices img')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.locator('.relations')).toBeVisible();
});

test('the embed reads without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('embed/node/rag/?relations=off');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
  await expect(page.locator('.relations')).toBeVisible();
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the node card embed (${theme})`, async ({ page }) => {
    await page.goto(`embed/node/rag/?theme=${theme}`);
    await expectNoAxeViolations(page, `embed/node/rag/ (${theme})`);
  });
}

test('an embed route exists for every node', async ({ request, baseURL }) => {
  const graph = (await (await request.get('api/graph.json')).json()) as { nodes: { id: string; title: string }[] };
  expect(graph.nodes.length).toBeGreaterThan(100);
  for (const node of graph.nodes) {
    const res = await request.get(new URL(`embed/node/${node.id}/`, baseURL).href);
    expect(res.status(), node.id).toBe(200);
  }
});

test('the Content-Security-Policy lets the theme script and the embed code run, with no violation', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('embed/node/rag/?theme=dark&relations=off');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('details.card-relations')).not.toHaveAttribute('open', '');
  await page.goto('approaches/rag/');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.frameLocator('[data-preview] iframe').getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
