/** The framing policy: embed routes may be framed by any site, every other page only by the site itself. */
import { expect, test, type Page } from '@playwright/test';
import { BLANK_HOST_PAGE } from './support/host.ts';

/** Adds an iframe of `src` to the current page and resolves once it has finished loading (or failing). */
function addFrame(page: Page, name: string, src: string) {
  return page.evaluate(([n, s]) => {
    const f = document.createElement('iframe');
    f.name = n!;
    f.src = s!;
    document.body.append(f);
    return new Promise((resolve) => f.addEventListener('load', resolve));
  }, [name, src]);
}

test('another origin may frame an embed route but not a normal page', async ({ page, baseURL }) => {
  await page.goto(BLANK_HOST_PAGE);
  await addFrame(page, 'embed', new URL('embed/node/rag/', baseURL).href);
  await addFrame(page, 'page', new URL('approaches/rag/', baseURL).href);
  await expect(page.frameLocator('iframe[name="embed"]').getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
  // Chromium replaces a refused frame with its error page.
  const refused = page.frame({ name: 'page' })!;
  await expect.poll(() => refused.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator('iframe[name="page"]').getByRole('heading', { name: 'Retrieval-augmented generation' })).toHaveCount(0);
});

test('the site may frame its own pages', async ({ page, baseURL }) => {
  await page.goto('about/');
  await addFrame(page, 'self', new URL('approaches/rag/', baseURL).href);
  await expect(page.frameLocator('iframe[name="self"]').getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
});

test('the headers say so', async ({ request }) => {
  const normal = await request.get('approaches/rag/');
  expect(normal.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
  expect(normal.headers()['x-frame-options']).toBe('SAMEORIGIN');
  const embed = await request.get('embed/node/rag/');
  expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
});
