/**
 * Keyboard-only walkthroughs of the main flows: every step is a Tab or a key press, never a click,
 * and every element reached shows a visible focus ring.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/watch.ts';

/** Presses Tab until `target` has focus (failing after `max` presses), then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(target);
      return;
    }
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${max} presses of Tab never reached ${target}; focus is on ${at}`);
}

/** The focused element matches :focus-visible and draws an outline a reader can see. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(ring.visible, 'focus is visible').toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

async function mainFlow(page: Page): Promise<void> {
  await page.goto('./');
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/browse\/$/);
  await expect(h1(page)).toHaveText('Browse by kind');

  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Criteria', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/criteria\/$/);
  await expect(h1(page)).toHaveText('Criteria');

  const first = page.locator('.node-index a').first();
  const firstTitle = (await first.innerText()).replace(/\s*\(.*\)$/, '');
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(firstTitle);
  const nodeUrl = page.url();

  const relation = page.locator('.relations a').first();
  const relatedTitle = (await relation.innerText()).replace(/\s*\(.*\)$/, '');
  await tabTo(page, relation, 400);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(relatedTitle);

  // Back is the browser's own control (Alt+Left), which headless Chromium does not bind to keys.
  await page.goBack();
  await expect(page).toHaveURL(nodeUrl);
  await expect(h1(page)).toHaveText(firstTitle);
}

async function skipLink(page: Page): Promise<void> {
  await page.goto('approaches/rag/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(skip);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab lands inside the content, past the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
}

async function themeToggle(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await tabTo(page, toggle);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
}

interface Flow {
  readonly name: string;
  readonly run: (page: Page) => Promise<void>;
}

/** Decide by keyboard: the preset and an answer chosen with the arrow keys re-rank and land in the URL. */
async function decideFlow(page: Page) {
  await page.goto('decide/');
  const preset = page.getByLabel('Start from a use case');
  await preset.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/[?&]u=/);
  const headline = page.locator('.headline');
  await expect(headline).not.toBeEmpty();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('form.answers :focus')).toHaveCount(1);
}

/** Search by keyboard from a node page: "/" opens, typing finds, Enter lands on the node. */
async function searchFlow(page: Page) {
  await page.goto('approaches/rag/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('catastrophic forgetting');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pitfalls\/catastrophic-forgetting\/$/);
}

/**
 * The keyboard flows checked on every run. The views' own specs test their keys in detail (the
 * graph's arrows and Enter in graph.spec.ts, search's arrows and Esc in search.spec.ts); these are
 * the end-to-end walks kept in the keyboard gate.
 */
const FLOWS: readonly Flow[] = [
  { name: 'home → browse → kind index → node → follow a relation → back', run: mainFlow },
  { name: 'skip link moves focus to the content', run: skipLink },
  { name: 'theme toggle works by Enter and Space', run: themeToggle },
  { name: 'decide: a preset and answers by arrow keys and Tab', run: decideFlow },
  { name: 'search: / from a node page, type, Enter lands on the node', run: searchFlow },
];

for (const flow of FLOWS) {
  test(`keyboard only: ${flow.name}`, async ({ page }) => {
    const watch = await watchPage(page);
    await flow.run(page);
    expect(await watch.take()).toEqual([]);
  });
}
