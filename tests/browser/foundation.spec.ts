import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test('home renders the one-line answer and the ways in', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/Retrieve or Tune/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('RAG, fine-tuning, or both?');
  await expect(page.getByText('The one-line answer:')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' })).toBeVisible();
  const approaches = page.getByRole('region', { name: 'The approaches' }).getByRole('listitem');
  await expect(approaches).toHaveCount(4);
});

test('a relation followed forwards can be followed back through its inverse', async ({ page }) => {
  await page.goto('approaches/rag/');
  const from = await page.getByRole('heading', { level: 1 }).innerText();
  // Pick a forward relation whose type reads differently backwards, so the inverse label is exercised.
  const group = page.locator('.relations .group[data-direction="forward"]:not([data-relation="contrasts-with"]):not([data-relation="contradicts"]):not([data-relation="related-to"])').first();
  const forwardLabel = (await group.locator('dt').innerText()).toLowerCase();
  const relationType = await group.getAttribute('data-relation');
  const link = group.locator('a').first();
  const to = (await link.innerText()).replace(/\s*\(.*\)$/, '');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(to);
  const back = page.locator(`.relations .group[data-relation="${relationType}"][data-direction="inverse"]`);
  await expect(back.locator('dt')).not.toHaveText(new RegExp(`^${forwardLabel}$`, 'i'));
  const returnLink = back.getByRole('link', { name: new RegExp(`^${from}`) });
  await expect(returnLink).toBeVisible();
  await returnLink.click();
  await expect(page).toHaveURL(/approaches\/rag\/$/);
});

test('every node page lists relations in both directions', async ({ page }) => {
  await page.goto('approaches/rag/');
  await expect(page.locator('.relations .group[data-direction="forward"]').first()).toBeVisible();
  await expect(page.locator('.relations .group[data-direction="inverse"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('an unknown path shows the 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('RAG, fine-tuning, or both?');
});

test('the theme toggle persists across a reload and beats the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const html = page.locator('html');
  const toggle = page.locator('rot-theme-toggle button');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await page.goto('browse/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('the page is readable at 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', 'approaches/rag/', 'criteria/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  }
});

test('no request leaves the site', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of ['./', 'approaches/rag/', 'about/']) await page.goto(path);
  expect(foreign).toEqual([]);
});

for (const [name, path] of [['home', './'], ['kind index', 'criteria/'], ['node page', 'approaches/rag/']] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    });
  }
}
