/**
 * Link previews: pointing at a link to a node (or pausing on it with the keyboard) shows a card with
 * the node's kind, title and summary beside the link; Esc and leaving close it; nothing loads before
 * the first hover, nothing on the page moves, and the card passes axe. Expected titles and summaries
 * come from the published graph JSON, not from the card's own data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { HOST_ORIGIN, hostPage } from './support/host.ts';
import { DIST } from './support/site.ts';
import { watchPage } from './support/watch.ts';

interface GraphNode {
  id: string;
  kind: string;
  title: string;
  summary: string;
}
const GRAPH = JSON.parse(readFileSync(join(DIST, 'api', 'graph.json'), 'utf8')) as { nodes: GraphNode[]; kinds: Record<string, { singular: string }> };
const NODES = new Map(GRAPH.nodes.map((n) => [n.id, n]));
/** Each kind's label, from the published vocabulary, so a new kind needs no edit here. */
const KIND_LABEL: Record<string, string> = Object.fromEntries(Object.entries(GRAPH.kinds).map(([id, k]) => [id, k.singular]));

const PAGE = 'pitfalls/catastrophic-forgetting/';
const card = (page: Page) => page.locator('[data-link-preview]');
const relationLinks = (page: Page) => page.locator('main .relations a.node-link');
const isPreviewRequest = (url: string) => /\/preview\/[^/]+\.json$/.test(url) || /\/_astro\/card\.[^/]+\.js$/.test(url);

/** The node a link points to, by the last two segments of its path. */
async function nodeOf(link: Locator): Promise<GraphNode> {
  const href = (await link.getAttribute('href'))!;
  const id = href.replace(/\/$/, '').split('/').pop()!;
  const node = NODES.get(id);
  if (!node) throw new Error(`${href} is not a node link`);
  return node;
}

/** Moves the pointer to an empty spot of the page, away from every link. */
async function pointAway(page: Page): Promise<void> {
  const box = (await page.locator('.node-head h1, main h1').first().boundingBox())!;
  await page.mouse.move(box.x + box.width + 4, box.y + 2);
}

async function expectCardFor(page: Page, node: GraphNode): Promise<void> {
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.rp-title')).toHaveText(node.title);
  await expect(card(page).locator('.rp-summary')).toHaveText(node.summary);
  await expect(card(page).locator('.rp-kind')).toHaveText(new RegExp(`^${KIND_LABEL[node.kind]!}( · .+)?$`));
}

/** True when two boxes overlap. */
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('nothing is requested before the first hover; a hover fetches that node once, then it is cached', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  await page.mouse.move(5, 5);
  await page.keyboard.press('Tab');
  expect(requests.filter(isPreviewRequest), 'preview code or data before any hover').toEqual([]);

  const link = relationLinks(page).first();
  const node = await nodeOf(link);
  await link.hover();
  await expectCardFor(page, node);
  await pointAway(page);
  await expect(card(page)).toBeHidden();
  await link.hover();
  await expectCardFor(page, node);
  const data = requests.filter((u) => u.endsWith(`/preview/${node.id}.json`));
  expect(data, 'one request for the node, however often it is hovered').toHaveLength(1);
});

test('hover shows the linked node\'s kind, title and summary beside the link, and leaving closes it', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(PAGE);
  const links = relationLinks(page);
  for (const i of [0, 2]) {
    const link = links.nth(i);
    const node = await nodeOf(link);
    await link.hover();
    await expectCardFor(page, node);
    expect(overlaps((await link.boundingBox())!, (await card(page).boundingBox())!), 'the card covers its link').toBe(false);
    await pointAway(page);
    await expect(card(page)).toBeHidden();
  }
  expect(await watch.take()).toEqual([]);
});

test('the pointer can move from the link onto the card to read it; leaving the card closes it', async ({ page }) => {
  await page.goto(PAGE);
  const link = relationLinks(page).first();
  await link.hover();
  await expect(card(page)).toBeVisible();
  const box = (await card(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(400);
  await expect(card(page)).toBeVisible();
  await pointAway(page);
  await expect(card(page)).toBeHidden();
});

test('keyboard focus shows the card without moving focus; Esc closes it and it stays closed on that link', async ({ page }) => {
  await page.goto(PAGE);
  const link = relationLinks(page).first();
  const node = await nodeOf(link);
  // A first Tab puts the page in keyboard mode, so focus moved on from there shows as keyboard focus.
  await page.keyboard.press('Tab');
  await link.focus();
  await expect(link).toBeFocused();
  expect(await link.evaluate((a) => a.matches(':focus-visible'))).toBe(true);
  await expectCardFor(page, node);
  await expect(link).toBeFocused();
  // Screen readers get the summary as the link's description, not the card (which is hidden from them).
  await expect(link).toHaveAccessibleDescription(node.summary);
  await expect(card(page)).toHaveAttribute('aria-hidden', 'true');

  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(link).toBeFocused();
  await page.waitForTimeout(800);
  await expect(card(page)).toBeHidden();

  // Tabbing on to the next relation shows its card after a pause.
  await page.keyboard.press('Tab');
  const next = relationLinks(page).nth(1);
  await expect(next).toBeFocused();
  await expectCardFor(page, await nodeOf(next));
});

test('showing and closing cards shifts no layout (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  const links = relationLinks(page);
  await links.first().scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  for (const i of [0, 1, 2]) {
    await links.nth(i).hover();
    await expect(card(page)).toBeVisible();
  }
  await pointAway(page);
  await expect(card(page)).toBeHidden();
  // One frame for any shift to be reported.
  const after = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r((window as unknown as { __cls: number }).__cls), 50))));
  expect(after - before).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a card open (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    await relationLinks(page).first().hover();
    await expect(card(page)).toBeVisible();
    await expectNoAxeViolations(page, `${PAGE} with a preview open (${scheme})`);
  });
}

test('a use case\'s card shows the model\'s ranking', async ({ page }) => {
  await page.goto('use-cases/');
  const link = page.locator('main a.node-link').first();
  const node = await nodeOf(link);
  await link.hover();
  await expectCardFor(page, node);
  await expect(card(page).locator('.rp-ranking')).toContainText('Model\u2019s ranking:');
  await expect(card(page).locator('.rp-ranking')).toContainText(/[+\u2212]\d/);
});

test('at 360 px the card stays inside the viewport', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(PAGE);
  const link = relationLinks(page).last();
  await link.hover();
  await expect(card(page)).toBeVisible();
  const box = (await card(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  expect(overlaps((await link.boundingBox())!, box)).toBe(false);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a tap on a node link follows it, with no card and no preview request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(PAGE);
    const link = relationLinks(page).first();
    const node = await nodeOf(link);
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`/${node.kind}/${node.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(node.title);
    expect(requests.filter(isPreviewRequest)).toEqual([]);
    await expect(card(page)).toHaveCount(0);
  });
});

/** Views that link to nodes in their own markup: previews attach by address, not by component. */
const VIEWS: { path: string; links: string; name: string }[] = [
  { path: 'embed/node/rag/', links: 'main .relations a.node-link', name: 'a node card embed' },
  { path: 'search/?q=forgetting', links: 'main a.search-page-hit-title', name: 'the search page\'s results' },
  { path: 'decide/matrix/', links: 'main table thead a[href]', name: 'the decision matrix\'s column headers' },
  { path: 'decide/use-cases/', links: 'main table tbody a[href*="/use-cases/"]', name: 'the use-case table' },
  { path: 'graph/list/', links: 'main a[href*="/pitfalls/"]', name: 'the graph\'s list of every node' },
  { path: 'evidence/', links: 'main table tbody a[href*="/findings/"]', name: 'the evidence table' },
];

for (const view of VIEWS) {
  test(`previews work in ${view.name}`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(view.path);
    // Views finish drawing first, so the link stays under the pointer.
    await page.waitForLoadState('networkidle');
    const link = page.locator(view.links).first();
    await expect(link).toBeAttached();
    if (!(await link.isVisible())) {
      // The graph page's list sits in a closed disclosure while the canvas is shown.
      await page.locator('details:has(a[href*="/pitfalls/"]) > summary').first().click();
    }
    const node = await nodeOf(link);
    await link.hover();
    await expectCardFor(page, node);
    await page.keyboard.press('Escape');
    await expect(card(page)).toBeHidden();
    expect(await watch.take()).toEqual([]);
  });
}

test('previews work inside an embed framed by a page on another origin', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL!, { embed: 'node/rag' }));
  expect(new URL(page.url()).origin).toBe(HOST_ORIGIN);
  const frame = page.frameLocator('iframe[data-rot-frame]');
  const link = frame.locator('main .relations a.node-link').first();
  await link.scrollIntoViewIfNeeded();
  const node = await nodeOf(link);
  await link.hover();
  const inFrame = frame.locator('[data-link-preview]');
  await expect(inFrame).toBeVisible();
  await expect(inFrame.locator('.rp-title')).toHaveText(node.title);
  await expect(inFrame.locator('.rp-summary')).toHaveText(node.summary);
});
