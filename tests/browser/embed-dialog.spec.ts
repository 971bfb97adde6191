/** The "Embed" dialog on a node page: options, live preview, snippets as text, copy, and the copied snippet working elsewhere. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { BLANK_HOST_PAGE } from './support/host.ts';

async function openDialog(page: Page) {
  await page.goto('approaches/rag/');
  const button = page.getByRole('button', { name: 'Embed' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this on your site' });
  await expect(dialog).toBeVisible();
  return dialog;
}

const previewFrame = (page: Page) => page.frameLocator('[data-preview] iframe');

test('the dialog writes both snippets for the chosen options and previews them live', async ({ page, baseURL }) => {
  const dialog = await openDialog(page);
  const script = dialog.locator('[data-snippet="script"]');
  const iframe = dialog.locator('[data-snippet="iframe"]');
  const site = new URL('./', baseURL).href;
  await expect(script).toContainText(`data-rot-embed="node/rag"`);
  await expect(script).toContainText(`<script src="${site}embed.js" async></script>`);
  await expect(iframe).toContainText(`<iframe src="${site}embed/node/rag/?theme=auto"`);
  await expect(previewFrame(page).getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');

  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByLabel('Relations').selectOption('off');
  await expect(script).toContainText('data-theme="dark" data-relations="off"');
  await expect(iframe).toContainText('embed/node/rag/?theme=dark&amp;relations=off');
  await expect(previewFrame(page).locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(previewFrame(page).locator('details.card-relations')).not.toHaveAttribute('open', '');
});

test('height: the preview fits its content in auto mode and keeps a fixed height otherwise', async ({ page }) => {
  const dialog = await openDialog(page);
  const preview = page.locator('[data-preview] iframe');
  const frame = await preview.elementHandle().then((h) => h!.contentFrame());
  await expect(previewFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
  const content = () => frame!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const height = () => preview.evaluate((f) => Math.round(f.getBoundingClientRect().height));
  await expect.poll(height).not.toBe(150);
  await expect.poll(async () => (await height()) === (await content())).toBe(true);

  await dialog.getByLabel('Fixed', { exact: true }).check();
  await dialog.getByLabel('Fixed height (px)').fill('300');
  await expect.poll(height).toBe(300);
  await expect(dialog.locator('[data-snippet="script"]')).toContainText('data-height="300"');
  await expect(dialog.locator('[data-snippet="iframe"]')).toContainText('height="300"');
});

test('copy puts the snippet on the clipboard, and the copied snippet embeds from another origin', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const dialog = await openDialog(page);
  await dialog.getByLabel('Theme').selectOption('dark');
  await dialog.getByRole('button', { name: 'Copy script snippet' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied the script snippet.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await dialog.locator('[data-snippet="script"]').textContent());
  console.log(`pasting the dialog's snippet into ${BLANK_HOST_PAGE}:\n${copied}`);

  await page.goto(BLANK_HOST_PAGE);
  // A contextual fragment runs its scripts, as pasting into a page's HTML would.
  await page.evaluate((html) => document.querySelector('#paste')!.append(document.createRange().createContextualFragment(html)), copied);
  const frame = page.frameLocator('iframe[data-rot-frame]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => page.locator('iframe[data-rot-frame]').evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBeGreaterThan(150);
});

test('the graph\'s dialog offers every node to centre on, fetched when it opens rather than carried by the page', async ({ page }) => {
  await page.goto('graph/');
  const graph = (await (await page.request.get('graph/layout.json')).json()) as { nodes: { id: string }[] };
  const focus = page.locator('rot-embed-dialog select[name="focus"] option');
  await expect(focus).toHaveCount(1);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this on your site' });
  await expect(focus).toHaveCount(graph.nodes.length + 1);
  await dialog.getByLabel('Centre on node').selectOption('rag');
  await expect(dialog.locator('[data-snippet="script"]')).toContainText('data-focus="rag"');
  await expect(dialog.locator('[data-snippet="iframe"]')).toContainText('embed/graph/?theme=auto&amp;focus=rag');
});

test('the dialog is keyboard-operable, closes on Escape and hands focus back', async ({ page }) => {
  await page.goto('approaches/rag/');
  const button = page.getByRole('button', { name: 'Embed' });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed this on your site' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the Embed button stays out of the way without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('approaches/rag/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the open embed dialog (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openDialog(page);
    await expect(previewFrame(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `embed dialog (${scheme})`);
  });
}

test('the open dialog fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const dialog = await openDialog(page);
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  const overflow = await dialog.evaluate((d) => d.scrollWidth - d.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
