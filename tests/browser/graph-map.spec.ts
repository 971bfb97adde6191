import { expect, test, type Page } from '@playwright/test';
import type { MapViewDoc } from '../../src/lib/graph/view-data.ts';
import { expectNoAxeViolations } from './support/axe.ts';

interface GraphViewElement extends HTMLElement {
  screenPosition(id: string): { x: number; y: number } | null;
  canvas: { model: { ids: readonly string[]; x: Float64Array; y: Float64Array }; focusedId(): string | null } | null;
}

async function mapDoc(page: Page): Promise<MapViewDoc> {
  const response = await page.request.get('graph/map.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as MapViewDoc;
}

async function openGraph(page: Page, query = ''): Promise<void> {
  await page.goto(`graph/${query}`);
  await expect(page.locator('rot-graph-view')).toHaveAttribute('data-ready', 'true');
}

/** Where the canvas holds each node now, by id, in layout units. */
const drawnPositions = (page: Page) =>
  page.locator('rot-graph-view').evaluate((el) => {
    const m = (el as GraphViewElement).canvas!.model;
    return Object.fromEntries(m.ids.map((id, i) => [id, [m.x[i]!, m.y[i]!]]));
  });

test('the Layout toggle switches to the decision map, keeps it in the URL, and fetches the map only then', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGraph(page);
  const force = await drawnPositions(page);
  expect(requests.some((p) => p.endsWith('/graph/map.json')), 'no map request before the switch').toBe(false);

  await page.getByRole('radio', { name: 'Decision map' }).check();
  await expect(page).toHaveURL(/[?&]layout=map(&|$)/);
  await expect(page.locator('rot-graph-view')).toHaveAttribute('data-layout', 'map');
  expect(requests.filter((p) => p.endsWith('/graph/map.json')).length).toBe(1);
  const map = await mapDoc(page);
  const drawn = await drawnPositions(page);
  for (const n of map.nodes) expect(drawn[n.id], n.id).toEqual([n.x, n.y]);
  // The approaches sit at their anchors: retrieval to the left of fine-tuning, and both above them.
  expect(drawn.rag![0]).toBeLessThan(drawn['fine-tuning']![0]);
  expect(drawn.hybrid![1]).toBeLessThan(drawn.rag![1]);

  // Back to the force layout: the first positions return, and the URL loses the parameter.
  await page.getByRole('radio', { name: 'Connections' }).check();
  await expect(page).not.toHaveURL(/layout=/);
  expect(await drawnPositions(page)).toEqual(force);
  // Switching again reuses the map already fetched.
  await page.getByRole('radio', { name: 'Decision map' }).check();
  await expect(page).toHaveURL(/[?&]layout=map(&|$)/);
  expect(requests.filter((p) => p.endsWith('/graph/map.json')).length).toBe(1);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).not.toHaveURL(/layout=/);
  await expect(page.getByRole('radio', { name: 'Connections' })).toBeChecked();
});

test('a shared map link opens on the map; pointing at a use case names why it sits there, as text', async ({ page }) => {
  await openGraph(page, '?layout=map');
  await expect(page.getByRole('radio', { name: 'Decision map' })).toBeChecked();
  const map = await mapDoc(page);
  const id = 'company-policy-handbook';
  const node = map.nodes.find((n) => n.id === id)!;
  expect(node.leans).toBe('rag');
  const why = page.locator('.gv-why');
  await expect(why).toBeHidden();
  await page.locator('.gv-stage').scrollIntoViewIfNeeded();
  const at = await page.locator('rot-graph-view').evaluate((el, nodeId) => (el as GraphViewElement).screenPosition(nodeId), id);
  await page.mouse.move(at!.x, at!.y);
  await expect(why).toBeVisible();
  await expect(why).toContainText('Company policy handbook assistant');
  await expect(why).toContainText(node.why);
  await expect(why).toContainText('decision model scores');
  expect(await why.locator('*:not(strong)').count()).toBe(0);
  await page.mouse.move(2, 2);
  await expect(why).toBeHidden();

  // Keyboard readers hear the same reason with the node.
  await page.locator('.gv-stage').focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.locator('rot-graph-view').getAttribute('data-focused');
  const reason = map.nodes.find((n) => n.id === focused)!.why;
  await expect(page.locator('rot-graph-view [data-live]')).toContainText(reason);
  await expect(why).toContainText(reason);
});

test('a layout the graph does not have falls back to the force layout with a notice, never markup', async ({ page }) => {
  await openGraph(page, `?layout=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  const notice = page.locator('.gv-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“<img src=x onerror=alert(1)>” in “layout”');
  await expect(notice).toContainText('the force layout is shown');
  expect(await page.locator('rot-graph-view img').count()).toBe(0);
  await expect(page.getByRole('radio', { name: 'Connections' })).toBeChecked();
  await expect(page.locator('rot-graph-view')).not.toHaveAttribute('data-layout', 'map');
});

test('with motion allowed, nodes glide to the map rather than jump', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openGraph(page);
  const map = await mapDoc(page);
  // Sample the first frame drawn after the switch, in the page, so a slow test machine cannot miss it.
  const early = await page.locator('rot-graph-view').evaluate(
    (el) =>
      new Promise<Record<string, number[]>>((resolve) => {
        new MutationObserver((_, observer) => {
          if ((el as HTMLElement).dataset.layout !== 'map') return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const m = (el as GraphViewElement).canvas!.model;
            resolve(Object.fromEntries(m.ids.map((id, i) => [id, [m.x[i]!, m.y[i]!]])));
          });
        }).observe(el, { attributes: true });
        el.querySelector<HTMLInputElement>('input[name="layout"][value="map"]')!.click();
      }),
  );
  const moving = map.nodes.some((n) => early[n.id]![0] !== n.x || early[n.id]![1] !== n.y);
  expect(moving, 'the first frame after the switch is between the layouts').toBe(true);
  await expect.poll(async () => (await drawnPositions(page)).rag).toEqual([map.nodes.find((n) => n.id === 'rag')!.x, map.nodes.find((n) => n.id === 'rag')!.y]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the graph page shows a still picture of the decision map with its regions named', async ({ page }) => {
    await page.goto('graph/');
    const picture = page.locator('.gv-static svg').nth(1);
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAccessibleName(/decision map/);
    const regions = await picture.locator('.gp-regions text').allTextContents();
    expect(regions).toEqual(expect.arrayContaining(['LEANS RETRIEVAL', 'LEANS FINE-TUNING', 'BOTH']));
    const map = await mapDoc(page);
    expect(await picture.locator('circle').count()).toBe(map.nodes.length);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the decision map with a reason shown (${scheme})`, async ({ page }) => {
    // The page lists every node with every relation: thousands of links for axe to check.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openGraph(page, '?layout=map&focus=rag');
    await expect(page.locator('.gv-why')).toBeVisible();
    await expectNoAxeViolations(page, `graph/?layout=map (${scheme})`);
  });
}
