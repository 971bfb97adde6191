import { expect, test, type Page } from '@playwright/test';
import type { GraphViewDoc } from '../../src/lib/graph/view-data.ts';
import { expectNoAxeViolations } from './support/axe.ts';

interface Rendered {
  nodes: string[];
  edges: string[];
}

interface GraphViewElement extends HTMLElement {
  rendered(): Rendered;
  screenPosition(id: string): { x: number; y: number } | null;
  canvas: { view(): { k: number; x: number; y: number }; isFitted(): boolean; focusedId(): string | null } | null;
}

async function layout(page: Page): Promise<GraphViewDoc> {
  const response = await page.request.get('graph/layout.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as GraphViewDoc;
}

/** Edge keys with symmetric relations (same label both ways) written in one canonical direction. */
function canonical(doc: GraphViewDoc, keys: Iterable<string>): string[] {
  const symmetric = new Set<string>(doc.relations.filter((r) => r.label === r.inverse).map((r) => r.id));
  const out = new Set<string>();
  for (const key of keys) {
    const [s, type, t] = key.split(' ') as [string, string, string];
    out.add(symmetric.has(type) && s > t ? `${t} ${type} ${s}` : key);
  }
  return [...out].sort();
}

const docEdges = (doc: GraphViewDoc) => doc.edges.map((e) => `${doc.nodes[e.s]!.id} ${e.type} ${doc.nodes[e.t]!.id}`);

async function openGraph(page: Page, query = ''): Promise<void> {
  await page.goto(`graph/${query}`);
  await expect(page.locator('graph-view')).toHaveAttribute('data-ready', 'true');
}

const rendered = (page: Page) => page.locator('graph-view').evaluate((el) => (el as GraphViewElement).rendered());
const focusedId = (page: Page) => page.locator('graph-view').getAttribute('data-focused');

test('the global graph draws exactly the nodes and edges of the graph model', async ({ page }) => {
  await openGraph(page);
  const doc = await layout(page);
  const drawn = await rendered(page);
  expect(drawn.nodes.length).toBe(doc.nodes.length);
  expect([...drawn.nodes].sort()).toEqual(doc.nodes.map((n) => n.id).sort());
  expect(canonical(doc, drawn.edges)).toEqual(canonical(doc, docEdges(doc)));

  // The page's list is rendered at build time straight from the graph model, not from the JSON:
  // the canvas must agree with it node for node and relation for relation.
  const listed = await page.locator('.graph-list li[data-id]').evaluateAll((items) =>
    items.map((li) => {
      const id = li.getAttribute('data-id')!;
      const forward = [...li.querySelectorAll('li[data-direction="forward"]')].flatMap((group) =>
        [...group.querySelectorAll('a')].map((a) => `${id} ${group.getAttribute('data-relation')} ${new URL(a.href).pathname.split('/').filter(Boolean).at(-1)}`),
      );
      return { id, forward };
    }),
  );
  expect(listed.map((l) => l.id).sort()).toEqual([...drawn.nodes].sort());
  expect(canonical(doc, listed.flatMap((l) => l.forward))).toEqual(canonical(doc, drawn.edges));
  await expect(page.locator('[data-counts]')).toHaveText(`Showing ${doc.nodes.length} of ${doc.nodes.length} nodes and ${doc.edges.length} of ${doc.edges.length} relations.`);
});

test('unchecking a kind hides its nodes and their edges, and checking it shows them again', async ({ page }) => {
  await openGraph(page);
  const doc = await layout(page);
  const sources = new Set(doc.nodes.filter((n) => n.kind === 'sources').map((n) => n.id));
  expect(sources.size).toBeGreaterThan(0);
  const box = page.getByRole('checkbox', { name: /^Sources/ });
  await box.uncheck();
  await expect.poll(async () => (await rendered(page)).nodes.length).toBe(doc.nodes.length - sources.size);
  const drawn = await rendered(page);
  expect(drawn.nodes.filter((id) => sources.has(id))).toEqual([]);
  expect(drawn.edges.filter((key) => key.split(' ').some((id) => sources.has(id)))).toEqual([]);
  await expect(page).toHaveURL(/[?&]kinds=/);
  await box.check();
  await expect.poll(async () => (await rendered(page)).nodes.length).toBe(doc.nodes.length);
  await expect(page).not.toHaveURL(/[?&]kinds=/);
});

test('unchecking a relation type hides those edges but keeps the nodes', async ({ page }) => {
  await openGraph(page);
  const doc = await layout(page);
  await page.getByText('Relation types', { exact: true }).click();
  await page.getByRole('checkbox', { name: /^cites \(/ }).uncheck();
  await expect.poll(async () => (await rendered(page)).edges.some((key) => key.split(' ')[1] === 'cites')).toBe(false);
  const drawn = await rendered(page);
  expect(drawn.nodes.length).toBe(doc.nodes.length);
  expect(drawn.edges.length).toBe(doc.edges.filter((e) => e.type !== 'cites').length);
});

test('pointing at a node marks it clickable, and a click opens its page', async ({ page }) => {
  await openGraph(page);
  await page.locator('.gv-stage').scrollIntoViewIfNeeded();
  const at = await page.locator('graph-view').evaluate((el) => (el as GraphViewElement).screenPosition('rag'));
  expect(at).not.toBeNull();
  const canvas = page.locator('.gv-stage canvas');
  await expect(canvas).not.toHaveClass(/over-node/);
  await page.mouse.move(at!.x, at!.y);
  await expect(canvas).toHaveClass(/over-node/);
  await page.mouse.click(at!.x, at!.y);
  await expect(page).toHaveURL(/\/approaches\/rag\/$/);
});

test('the graph is reached by Tab, arrow keys move between neighbours, and Enter opens the focused node', async ({ page }) => {
  await openGraph(page, '?focus=rag');
  const doc = await layout(page);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const linked = (a: string, b: string) => doc.edges.some((e) => [doc.nodes[e.s]!.id, doc.nodes[e.t]!.id].sort().join() === [a, b].sort().join());
  const live = page.locator('graph-view [data-live]');

  await page.getByLabel('Find a node', { exact: true }).focus();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('gv-stage') ?? false);
  }
  expect(reached, 'Tab reaches the graph').toBe(true);
  await expect(live).toContainText(byId.get('rag')!.title);

  const moves = { ArrowRight: [1, 0], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowUp: [0, -1] } as const;
  let moved = 0;
  for (const [key, [ux, uy]] of Object.entries(moves)) {
    const from = (await focusedId(page))!;
    await page.keyboard.press(key);
    const to = (await focusedId(page))!;
    if (to === from) {
      await expect(live).toContainText(/No connected node/);
      continue;
    }
    moved++;
    expect(linked(from, to), `${to} is a neighbour of ${from}`).toBe(true);
    const a = byId.get(from)!;
    const b = byId.get(to)!;
    expect((b.x - a.x) * ux + (b.y - a.y) * uy, `${key} moved ${key.slice(5).toLowerCase()}`).toBeGreaterThan(0);
    await expect(live).toContainText(b.title);
  }
  expect(moved).toBeGreaterThan(0);

  const target = byId.get((await focusedId(page))!)!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${target.kind}/${target.id}/$`));
});

test('[ and ] step through every neighbour of the focused node', async ({ page }) => {
  const doc = await layout(page);
  const neighboursOf = (id: string) =>
    new Set(
      doc.edges.flatMap((e) => {
        const [s, t] = [doc.nodes[e.s]!.id, doc.nodes[e.t]!.id];
        return s === id ? [t] : t === id ? [s] : [];
      }),
    );
  // A node with a handful of neighbours keeps the walk short.
  const pivot = doc.nodes.map((n) => n.id).sort().find((id) => neighboursOf(id).size >= 4 && neighboursOf(id).size <= 10)!;
  const neighbours = neighboursOf(pivot);
  await openGraph(page, `?focus=${pivot}`);
  await page.locator('.gv-stage').focus();
  const seen: string[] = [];
  for (let i = 0; i < neighbours.size; i++) {
    await page.keyboard.press(']');
    seen.push((await focusedId(page))!);
  }
  expect(new Set(seen)).toEqual(neighbours);
  await expect(page.locator('graph-view [data-live]')).toContainText(`${neighbours.size} of ${neighbours.size} next to`);
  // One more step wraps around to the first neighbour; "[" steps back to the last.
  await page.keyboard.press(']');
  expect(await focusedId(page)).toBe(seen[0]);
  await page.keyboard.press('[');
  expect(await focusedId(page)).toBe(seen.at(-1));
});

test('the URL keeps focus, filters and zoom, and a shared URL restores the same view', async ({ page, context }) => {
  await openGraph(page, '?focus=rag&kinds=approaches,criteria,use-cases&relations=favors,disfavors,exemplifies&zoom=1.5,10,-20');
  await expect(page.locator('graph-view')).toHaveAttribute('data-focused', 'rag');
  await expect(page.getByRole('checkbox', { name: /^Sources/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Criteria/ })).toBeChecked();
  const view = await page.locator('graph-view').evaluate((el) => (el as GraphViewElement).canvas!.view());
  expect(view.k).toBeCloseTo(1.5, 5);
  expect(view.x).toBeCloseTo(10, 3);
  expect(view.y).toBeCloseTo(-20, 3);
  expect((await rendered(page)).edges.every((key) => ['favors', 'disfavors', 'exemplifies'].includes(key.split(' ')[1]!))).toBe(true);

  // Change the view; the URL follows.
  await page.getByRole('checkbox', { name: /^Criteria/ }).uncheck();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/[?&]kinds=approaches%2Cuse-cases(&|$)/);
  await expect(page).toHaveURL(/[?&]zoom=2\.25%2C/);
  const url = page.url();
  const before = await page.locator('graph-view').evaluate((el) => (el as GraphViewElement).canvas!.view());

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('graph-view')).toHaveAttribute('data-ready', 'true');
  await expect(other.locator('graph-view')).toHaveAttribute('data-focused', 'rag');
  await expect(other.getByRole('checkbox', { name: /^Criteria/ })).not.toBeChecked();
  await expect(other.getByRole('checkbox', { name: /^Use cases/ })).toBeChecked();
  const after = await other.locator('graph-view').evaluate((el) => (el as GraphViewElement).canvas!.view());
  expect(after.k).toBeCloseTo(before.k, 2);
  expect(after.x).toBeCloseTo(before.x, 0);
  expect(after.y).toBeCloseTo(before.y, 0);
  expect((await rendered(other)).nodes.sort()).toEqual((await rendered(page)).nodes.sort());
});

test('hostile URL parameters are ignored with a visible notice and never become markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await openGraph(page, `?focus=${hostile}&kinds=evil&relations=%3Cb%3E&zoom=NaN,Infinity,1e400`);
  const doc = await layout(page);
  const notice = page.locator('.gv-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('ignored');
  await expect(notice).toContainText('<img src=x');
  expect(await page.locator('graph-view img, graph-view b').count()).toBe(0);
  expect((await rendered(page)).nodes.length).toBe(doc.nodes.length);
  expect(await page.locator('graph-view').getAttribute('data-focused')).toBeNull();
  expect(dialogs).toBe(0);
});

test('a link focusing a node of a hidden kind says so and focuses nothing', async ({ page }) => {
  await openGraph(page, '?focus=rag&kinds=sources');
  await expect(page.locator('.gv-notice')).toContainText('“rag” is of a kind not shown');
  expect(await focusedId(page)).toBeNull();
  expect((await rendered(page)).nodes.every((id) => !['rag', 'fine-tuning', 'hybrid', 'prompting'].includes(id))).toBe(true);
});

test('the find box focuses a node and centres it', async ({ page }) => {
  await openGraph(page);
  const doc = await layout(page);
  const target = doc.nodes.find((n) => n.id === 'fine-tuning')!;
  await page.getByLabel('Find a node', { exact: true }).fill(target.title);
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.locator('graph-view')).toHaveAttribute('data-focused', 'fine-tuning');
  await expect(page.locator('.gv-stage')).toBeFocused();
  await expect(page.locator('graph-view [data-live]')).toContainText(target.title);
  await expect.poll(async () => {
    const at = await page.locator('graph-view').evaluate((el) => (el as GraphViewElement).screenPosition('fine-tuning'));
    const box = (await page.locator('.gv-stage canvas').boundingBox())!;
    return Math.round(Math.hypot(at!.x - (box.x + box.width / 2), at!.y - (box.y + box.height / 2)));
  }).toBeLessThan(3);

  await page.getByLabel('Find a node', { exact: true }).fill('zzz no such node');
  await page.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(page.locator('.gv-notice')).toContainText('No node matches');
});

test('with reduced motion, fit jumps to its view with no animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGraph(page, '?zoom=3,0,0');
  const fittedAtOnce = await page.locator('graph-view').evaluate((el) => {
    el.querySelector<HTMLButtonElement>('button[data-action="fit"]')!.click();
    return (el as GraphViewElement).canvas!.isFitted();
  });
  expect(fittedAtOnce).toBe(true);
});

test('with motion allowed, fit animates toward its view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openGraph(page, '?zoom=3,0,0');
  const fittedAtOnce = await page.locator('graph-view').evaluate((el) => {
    el.querySelector<HTMLButtonElement>('button[data-action="fit"]')!.click();
    return (el as GraphViewElement).canvas!.isFitted();
  });
  expect(fittedAtOnce).toBe(false);
  await expect.poll(() => page.locator('graph-view').evaluate((el) => (el as GraphViewElement).canvas!.isFitted())).toBe(true);
});

test('the graph redraws in the colours of the theme when the theme changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openGraph(page);
  // The colour drawn at the centre of a node, and the colour its kind has in the page's CSS.
  const drawn = () =>
    page.locator('graph-view').evaluate((el) => {
      const canvas = el.querySelector('canvas')!;
      const box = canvas.getBoundingClientRect();
      const at = (el as GraphViewElement).screenPosition('rag')!;
      const scale = canvas.width / box.width;
      const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round((at.x - box.left) * scale), Math.round((at.y - box.top) * scale), 1, 1).data;
      return `rgb(${r}, ${g}, ${b})`;
    });
  const expected = () =>
    page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.setProperty('color', 'var(--kind-approaches)');
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
  const light = await expected();
  expect(await drawn()).toBe(light);
  await page.locator('theme-toggle button').click();
  const dark = await expected();
  expect(dark).not.toBe(light);
  await expect.poll(drawn).toBe(dark);
  // Back to light; then let the system decide, and switch the system to dark.
  await page.locator('theme-toggle button').click();
  await expect.poll(drawn).toBe(light);
  await page.evaluate(() => {
    delete document.documentElement.dataset.theme;
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(drawn).toBe(dark);
});

test('the graph page and a node page with its local graph fit a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openGraph(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto('approaches/rag/');
  await page.locator('local-graph').scrollIntoViewIfNeeded();
  await expect(page.locator('local-graph')).toHaveAttribute('data-state', 'ready');
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the graph page shows the static picture and lists every node with its relations', async ({ page }) => {
    await page.goto('graph/');
    const doc = await layout(page);
    const ids = await page.locator('.graph-list li[data-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
    expect(ids.sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    const picture = page.getByRole('img', { name: /The knowledge graph/ });
    await expect(picture).toBeVisible();
    expect(await picture.locator('circle').count()).toBe(doc.nodes.length);
    await expect(page.locator('.gv-stage')).toBeHidden();
    await expect(page.getByLabel('Find a node', { exact: true })).toBeHidden();
    const rag = page.locator('.graph-list li[data-id="rag"]');
    await expect(rag.getByRole('link').first()).toHaveAttribute('href', /approaches\/rag\/$/);
    await expect(rag.locator('li[data-direction="inverse"]').first()).toBeVisible();
  });

  test('a node page says its relations list stands in for the local graph', async ({ page }) => {
    await page.goto('approaches/rag/');
    await expect(page.getByRole('heading', { name: 'Neighbourhood' })).toBeVisible();
    // Playwright's text engine skips <noscript>, so find the fallback by its place, then check its words.
    const fallback = page.locator('local-graph noscript p');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText('The Relations section above lists every node one step from this one');
    await expect(page.locator('.lg-stage')).toBeHidden();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the graph page (${scheme})`, async ({ page }) => {
    // The page lists every node with every relation: thousands of links for axe to check.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openGraph(page, '?focus=rag');
    await page.getByText('Relation types', { exact: true }).click();
    await expectNoAxeViolations(page, `graph/ (${scheme})`);
  });
}

test('the local graph loads only when it scrolls into view, then draws the neighbourhood at depth 1 and 2', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('approaches/rag/');
  await page.waitForLoadState('networkidle');
  const local = page.locator('local-graph');
  const top = await local.evaluate((el) => el.getBoundingClientRect().top - innerHeight);
  expect(top, 'the local graph starts well below the fold').toBeGreaterThan(200);
  await expect(local).toHaveAttribute('data-state', 'waiting');
  expect(requests.filter((p) => p.includes('/graph/local/') || p.includes('graph-canvas'))).toEqual([]);

  await local.scrollIntoViewIfNeeded();
  await expect(local).toHaveAttribute('data-state', 'ready');
  expect(requests.some((p) => p.endsWith('/graph/local/rag.json'))).toBe(true);
  const response = await page.request.get('graph/local/rag.json');
  const doc = (await response.json()) as GraphViewDoc;
  await expect(local).toHaveAttribute('data-depth', '1');
  const within = (d: number) => doc.nodes.filter((n) => (n.depth ?? 0) <= d).length;
  await expect(page.locator('local-graph [data-status]')).toContainText(`${within(1) - 1} nodes within one step`);
  await page.getByLabel('two steps away').check();
  await expect(local).toHaveAttribute('data-depth', '2');
  await expect(page.locator('local-graph [data-status]')).toContainText(String(within(2) - 1));

  await page.locator('.lg-stage').focus();
  await page.keyboard.press('ArrowRight');
  await expect(local).toHaveAttribute('data-focused', 'rag');
  await expect(page.locator('local-graph [data-live]')).toContainText('Retrieval');
  await expectNoAxeViolations(page, 'approaches/rag/ with its local graph');
});

test('pages without a graph load none of its script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  for (const path of ['./', 'browse/', 'criteria/']) await page.goto(path);
  expect(scripts.filter((p) => /graph|local-view/i.test(p))).toEqual([]);
});
