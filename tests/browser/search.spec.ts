import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { readerQueries } from '../../scripts/lib/search-quality.ts';
import { indexFromFolder } from '../../scripts/lib/search-documents.ts';
import { headWire, readHead } from '../../src/lib/search/body-index.ts';
import { createFullTextSearcher } from '../../src/lib/search/full-text.ts';

const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => page.getByRole('combobox', { name: 'Search the knowledge graph' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
const status = (page: Page) => dialog(page).getByRole('status');
const launcher = (page: Page) => page.getByRole('button', { name: 'Search' });

/** Opens the dialog with the header button and waits until the index is loaded. */
async function openSearch(page: Page): Promise<void> {
  await launcher(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(status(page)).toContainText('Type at least');
}

/** Types a query and waits for the results of exactly that query. */
async function search(page: Page, query: string): Promise<void> {
  await input(page).fill(query);
  await expect(status(page)).toContainText(`“${query}”`);
}

test('no search code or data is requested before search opens, and both load when it does', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('approaches/rag/');
  await page.waitForLoadState('networkidle');
  // Reading and moving around the page must not pull search in either.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.mouse.wheel(0, 400);
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.waitForTimeout(300);
  const before = [...requests];
  expect(before.filter((u) => u.includes('search-index'))).toEqual([]);

  await openSearch(page);
  const opened = requests.slice(before.length);
  // Opening fetches the code and the index head only: no postings, no text until a query needs them.
  expect(opened.filter((u) => u.includes('/search-index/')).map((u) => new URL(u).pathname.split('/').pop())).toEqual(['index.json']);
  const code = opened.filter((u) => u.endsWith('.js'));
  expect(code.length).toBeGreaterThan(0);
  for (const url of [...code, ...opened]) expect(before, `${url} was loaded before search opened`).not.toContain(url);

  // A one-word query fetches one postings shard and only the text of the results shown.
  const queried = requests.length;
  await search(page, 'dropout');
  const files = requests.slice(queried).map((u) => new URL(u).pathname.split('/').pop()!);
  expect(files.filter((f) => f.startsWith('terms-'))).toHaveLength(1);
  expect(files.every((f) => /^(terms|text)-\d+\.json$/.test(f)), files.join(', ')).toBe(true);
  // Text for excerpts in one file at most, however the hits shown are spread over the chunks.
  expect(files.filter((f) => f.startsWith('text-')).length).toBeLessThanOrEqual(1);
});

test('the first query costs at most four requests from opening search: its code, the index head, one postings shard, one text file', async ({ page }) => {
  await page.goto('approaches/rag/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.keyboard.press('/');
  await input(page).fill('retrieval');
  await expect(status(page)).toContainText('“retrieval”');
  await expect(options(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const search = requests.filter((u) => /\.(js|css)$/.test(u) || u.includes('/search-index/'));
  const names = search.map((u) => new URL(u).pathname.split('/').pop()).join(', ');
  expect(search.length, names).toBeLessThanOrEqual(4);
  expect(search.filter((u) => u.endsWith('.js')), names).toHaveLength(1);
});

test('a knowledge base too large to send its names whole is searched from the shards of the query\'s words', async ({ page }) => {
  // The real content indexed as a large one is: the head without documents, each shard with the names it needs.
  const index = indexFromFolder('content', { wholeNames: 0 });
  const files = new Map<string, unknown>([['index.json', headWire(index.head)], ['words.json', index.words]]);
  index.shards.forEach((shard, n) => files.set(`terms-${n}.json`, shard));
  index.texts.forEach((text, n) => files.set(`text-${n}.json`, text));
  const served: string[] = [];
  await page.route('**/search-index/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    served.push(name);
    const body = files.get(name);
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ json: body });
  });
  await page.goto('approaches/rag/');
  await openSearch(page);
  expect(served).toEqual(['index.json']);
  await search(page, 'lora');
  await expect(options(page).first().locator('.search-option-title')).toHaveText('LoRA (Low-Rank Adaptation)');
  expect(served.filter((f) => f.startsWith('terms-'))).toHaveLength(1);
  await search(page, 'dropout');
  const section = options(page).filter({ has: page.locator('.search-section-heading') }).first();
  await expect(section.locator('mark').first()).toHaveText(/dropout/i);
  await search(page, 'retreival');
  await expect(options(page).first().locator('.search-option-title')).toHaveText('Retrieval-augmented generation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
});

test('every word of a body is found, with the matching section as a sub-result that opens at its heading', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await search(page, 'dropout');
  const section = options(page).filter({ has: page.locator('.search-section-heading') }).first();
  await expect(section.locator('mark').first()).toHaveText(/dropout/i);
  // Down from the first hit reaches its first section.
  const first = await options(page).first().locator('.search-option-title').innerText();
  await page.keyboard.press('ArrowDown');
  await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).nth(1)).toHaveClass(/search-section/);
  const heading = (await options(page).nth(1).locator('.search-section-heading').innerText()).replace(/^#\s*/, '').replace(/, in .*$/, '');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(hash.length).toBeGreaterThan(0);
  await expect(page.locator(`[id="${hash}"]`)).toHaveText(heading);
});

/** The full-text searcher in Node, reading the built index over HTTP as the browser does. */
async function builtSearcher(request: APIRequestContext) {
  const get = async (file: string) => (await request.get(`search-index/${file}`)).json() as Promise<unknown>;
  const head = readHead(await get('index.json'));
  if (!head) throw new Error('index.json did not read');
  return createFullTextSearcher(head, get);
}

test('every sub-result of every reader query links to a heading id that exists on its page', async ({ request }) => {
  const searcher = await builtSearcher(request);
  const links = new Map<string, Set<string>>();
  for (const { query } of readerQueries()) {
    for (const hit of (await searcher.search(query, 10, 0)).hits) {
      for (const s of hit.sections) {
        if (!links.has(hit.doc.path)) links.set(hit.doc.path, new Set());
        links.get(hit.doc.path)!.add(s.anchor);
      }
    }
  }
  expect(links.size).toBeGreaterThan(20);
  const missing: string[] = [];
  for (const [path, anchors] of links) {
    const html = await (await request.get(path)).text();
    for (const anchor of anchors) if (!html.includes(` id="${anchor}"`)) missing.push(`${path}#${anchor}`);
  }
  expect(missing).toEqual([]);
});

test('typed queries find the expected nodes, misspellings included', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  for (const [query, title] of [
    ['fine tunning', 'Fine-tuning'],
    ['retreival', 'Retrieval-augmented generation'],
    ['air gapped', 'Air-gapped, offline and edge deployment'],
    ['ICD-10', 'Medical coding assistant that outputs ICD-10 codes'],
    ['context bloat', 'Context bloat'],
    ['catastrophic forgetting', 'Catastrophic forgetting'],
    ['catastrophc forgeting', 'Catastrophic forgetting'],
  ] as const) {
    await search(page, query);
    await expect(options(page).first().locator('.search-option-title'), `first result for "${query}"`).toHaveText(title);
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  }
});

test('an exact title ranks first and leads the first kind group, with the match highlighted', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  await search(page, 'Hallucination');
  const first = options(page).first();
  await expect(first.locator('.search-option-title')).toHaveText('Hallucination');
  await expect(first.locator('.search-option-title mark')).toHaveText('Hallucination');
  const groups = page.getByRole('listbox', { name: 'Search results' }).getByRole('group');
  await expect(groups.first()).toHaveAccessibleName('Pitfalls');
  expect(await groups.count()).toBeGreaterThan(1);
  await expect(status(page)).toHaveText(/^\d+ results? for “Hallucination”\.$/);
});

test('keyboard only: / opens search, typing and Enter land on the node', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(input(page)).toBeFocused();
  await page.keyboard.type('context bloat');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).first()).toContainText('Context bloat');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/trade-offs\/context-bloat\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context bloat');
});

test('letters typed while the search code is still on its way land in the input, none lost', async ({ page }) => {
  // Hold the search code back, as a slow network does, so the typing certainly comes first.
  let release!: () => void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/_astro\/load\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('dropx');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('out');
  await expect(dialog(page)).toBeHidden();
  release();
  await expect(input(page)).toHaveValue('dropout');
  await expect(input(page)).toBeFocused();
  await expect(status(page)).toContainText('“dropout”');
  await expect(options(page).first()).toContainText('Hyperparameter tuning');
});

test('keyboard only: Ctrl+K opens search, the arrow keys choose and Enter opens the chosen node', async ({ page }) => {
  await page.goto('about/');
  await page.keyboard.press('Control+K');
  await expect(input(page)).toBeFocused();
  await page.keyboard.type('retreival');
  await expect(status(page)).toContainText('“retreival”');
  const second = options(page).nth(1);
  const secondId = await second.getAttribute('id');
  // The second option is the second node, or the first node's first matching section.
  const secondTitle = (await second.locator('.search-option-title').count())
    ? await second.locator('.search-option-title').innerText()
    : await options(page).first().locator('.search-option-title').innerText();
  await page.keyboard.press('ArrowDown');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', secondId!);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondTitle);
});

test('each result can be shown in the graph, with Shift+Enter or its graph action', async ({ page, baseURL }) => {
  await page.goto('./');
  await openSearch(page);
  await search(page, 'lora');
  await page.keyboard.press('Shift+Enter');
  await expect(page).toHaveURL(`${baseURL}graph/?focus=lora`);

  await page.goto('./');
  await openSearch(page);
  await search(page, 'context bloat');
  await options(page).first().locator('.search-graph').click();
  await expect(page).toHaveURL(`${baseURL}graph/?focus=context-bloat`);
});

test('Esc closes at the first press and focus returns to the search button', async ({ page }) => {
  await page.goto('criteria/');
  await openSearch(page);
  await page.keyboard.type('rag');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(launcher(page)).toBeFocused();
  // Reopening keeps the query, and one Esc still closes.
  await page.keyboard.press('Enter');
  await expect(input(page)).toHaveValue('rag');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
});

test('Esc returns focus to whatever had it when / opened search', async ({ page }) => {
  await page.goto('approaches/rag/');
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse' });
  await link.focus();
  await page.keyboard.press('/');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();
});

test('the dialog is modal: the page behind cannot take focus', async ({ page }) => {
  await page.goto('./');
  await openSearch(page);
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const d = document.querySelector('dialog.search-dialog');
      return document.activeElement === document.body || Boolean(d?.contains(document.activeElement));
    });
    expect(inside, `focus after ${i + 1} Tab presses`).toBe(true);
  }
  await page.locator('a.brand').focus().catch(() => undefined);
  expect(await page.evaluate(() => document.activeElement?.classList.contains('brand'))).toBe(false);
});

test('/ typed into a text field stays a character', async ({ page }) => {
  await page.goto('search/');
  const field = page.locator('#search-page-input');
  await field.click();
  await page.keyboard.type('a/b');
  await expect(field).toHaveValue('a/b');
  await expect(dialog(page)).toHaveCount(0);
});

test('a query of markup is searched and shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('./');
  await openSearch(page);
  const hostile = '<img src=x onerror=alert(1)>';
  await search(page, hostile);
  await expect(status(page)).toContainText(`“${hostile}”`);
  await expect(input(page)).toHaveValue(hostile);
  for (const query of ['.*[(|\\', '🙂 retrieval 🚀', 'مرحبا بالعالم', `"${'x'.repeat(30)} ${'rag '.repeat(500)}`]) {
    await input(page).fill(query);
    await expect(status(page)).toContainText(/results? for|No results/);
  }
  await page.waitForTimeout(300);
  expect(await page.locator('img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  expect(requests.filter((u) => /\/x$/.test(u))).toEqual([]);
});

test('the search page works from its URL and keeps the query in it', async ({ page, baseURL }) => {
  await page.goto('search/?q=catastrophic%20forgeting');
  const field = page.locator('#search-page-input');
  await expect(field).toHaveValue('catastrophic forgeting');
  const results = page.locator('.search-page-results');
  await expect(results.getByRole('link').first()).toHaveText('Catastrophic forgetting');
  await expect(page.getByRole('status')).toContainText('for “catastrophic forgeting”');
  await expect(page.locator('[data-az-index]')).toBeHidden();

  await field.fill('lora');
  await expect(page).toHaveURL(`${baseURL}search/?q=lora`);
  await expect(results.getByRole('link').first()).toHaveText('LoRA (Low-Rank Adaptation)');
  await expect(results.getByRole('link', { name: 'Show in graph: LoRA (Low-Rank Adaptation)' })).toHaveAttribute('href', /\/graph\/\?focus=lora$/);

  await field.fill('');
  await expect(page).toHaveURL(`${baseURL}search/`);
  await expect(page.locator('[data-az-index]')).toBeVisible();
  await results.isHidden();

  await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('#search-page-input')).toHaveValue('<img src=x onerror=alert(1)>');
  // Its words are searched ("alert" is in a body); the markup is only ever shown as text.
  await expect(page.getByRole('status')).toContainText('for “<img src=x onerror=alert(1)>”');
  expect(await page.locator('img').count()).toBe(0);
});

test('the search page says when a query from the URL is too long to search whole', async ({ page }) => {
  await page.goto(`search/?q=${'rag '.repeat(30)}`);
  await expect(page.getByText('Only the first 64 characters of a query are searched.')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page offers an A-Z index of every node, and the header search leads there', async ({ page, request }) => {
    const docs = ((await (await request.get('search-index/index.json')).json()) as { counts?: unknown[]; docs?: unknown[] });
    const nodes = (docs.docs ?? docs.counts ?? []).length;
    await page.goto('./');
    await page.getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Searching needs JavaScript.')).toBeVisible();
    const index = page.locator('[data-az-index]');
    await expect(index).toBeVisible();
    const links = index.locator('.az-letter a');
    await expect(links).toHaveCount(nodes);
    await index.getByRole('navigation', { name: 'Letters' }).getByRole('link', { name: 'C', exact: true }).click();
    await expect(page).toHaveURL(/#index-c$/);
    await index.getByRole('link', { name: /^Context bloat/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Context bloat');
  });
});

test('the dialog fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  await openSearch(page);
  await search(page, 'fine tuning');
  const box = await dialog(page).boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await expect(options(page).first()).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the dialog open and results shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('approaches/rag/');
    await openSearch(page);
    await search(page, 'retrieval');
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page, `search dialog (${scheme})`);
  });

  test(`axe finds no violations on the search page with results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('search/?q=fine%20tuning');
    await expect(page.locator('.search-page-results a').first()).toBeVisible();
    await expectNoAxeViolations(page, `search page (${scheme})`);
  });
}
