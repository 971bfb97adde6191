import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

const chart = (page: Page) => page.locator('rot-cost-view .chart');

async function ready(page: Page) {
  await expect(chart(page).locator('svg path.line')).toHaveCount(3);
}

test('the chart draws three lines, labelled axes and the crossover marker', async ({ page }) => {
  await page.goto('cost/');
  await ready(page);
  const svg = chart(page).locator('svg');
  await expect(svg.locator('path.line')).toHaveCount(3);
  for (const line of ['rag', 'fineTuning', 'hybrid']) await expect(svg.locator(`path.line-${line}`)).toHaveAttribute('d', /^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){24}$/);
  await expect(svg.locator('.axis-label')).toHaveText(['Months after launch', 'Cumulative cost (US$)']);
  await expect(svg.locator('.axis-x .tick').first()).toBeVisible();
  const mark = svg.locator('.crossover-mark[data-from="rag"][data-to="fineTuning"]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAttribute('data-month', '1');
  await expect(mark.locator('circle.crossover')).toBeVisible();
  await expect(svg.locator('.crossover-label').first()).toHaveText(/^months? 1(,|$)/);
  await expect(page.locator('rot-cost-view ul.summary li').first()).toHaveText(/^Fine-tuning becomes cheaper than RAG in month 1 /);
  // The marker sits where the two drawn lines meet: on the RAG line between months 0 and 1.
  const [cx, cy] = await mark.locator('circle').evaluate((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
  const onLine = await svg.locator('path.line-rag').evaluate((p, [x, y]) => {
    const path = p as SVGPathElement;
    let best = Infinity;
    for (let i = 0; i <= 400; i++) {
      const pt = path.getPointAtLength((path.getTotalLength() * i) / 400);
      best = Math.min(best, Math.hypot(pt.x - x, pt.y - y));
    }
    return best;
  }, [cx, cy]);
  expect(onLine).toBeLessThan(2);
  await expect(page.locator('rot-cost-view table.cost-table tbody tr')).toHaveCount(25);
});

test('the article\'s 500-employee case has no crossover; the tooltip follows keys and pointer', async ({ page }) => {
  await page.goto('cost/');
  await ready(page);
  await page.getByRole('button', { name: 'Internal chatbot, 500 employees' }).click();
  await expect(page).toHaveURL(/\?q=10000$/);
  await expect(page.getByLabel('Queries a day')).toHaveValue('10000');
  await expect(chart(page).locator('.crossover-mark[data-from="rag"][data-to="fineTuning"]')).toHaveCount(0);
  await expect(page.locator('rot-cost-view ul.summary li').first()).toHaveText('The RAG and fine-tuning lines do not cross within 24 months: RAG stays cheaper throughout.');

  // The pointer left on the preset button can rest on a node link whose preview card then takes Esc first.
  await page.mouse.move(0, 0);
  await chart(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const tooltip = page.locator('rot-cost-view .tooltip');
  await expect(tooltip).toBeVisible();
  const row = page.locator('rot-cost-view table.cost-table tbody tr').nth(2);
  const cells = await row.locator('td').allTextContents();
  await expect(tooltip).toHaveText(`Month 2: RAG ${cells[0]}, Fine-tuning ${cells[1]}, Hybrid ${cells[2]}`);
  await page.keyboard.press('End');
  await expect(tooltip).toHaveText(/^Month 24: /);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  const box = (await chart(page).locator('svg').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText(/^Month \d+: RAG \$[\d,]+, Fine-tuning \$[\d,]+, Hybrid \$[\d,]+$/);
});

test('inputs live in the URL and a new page reproduces them', async ({ page, browser, baseURL }) => {
  await page.goto('cost/');
  await ready(page);
  await page.getByLabel('Queries a day').fill('50000');
  await page.getByLabel('Horizon').fill('36');
  await expect(page).toHaveURL(/\?q=50000&months=36$/);
  await expect(page.locator('rot-cost-view table.cost-table tbody tr')).toHaveCount(37);
  const summary = await page.locator('rot-cost-view ul.summary').textContent();
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  await ready(fresh);
  await expect(fresh.getByLabel('Queries a day')).toHaveValue('50000');
  await expect(fresh.getByLabel('Horizon')).toHaveValue('36');
  await expect(fresh.locator('rot-cost-view ul.summary')).toHaveText(summary!);
  await context.close();

  // A value out of range is refused at the field, and the chart keeps the last valid one.
  await page.getByLabel('Queries a day').fill('-3');
  await expect(page.getByLabel('Queries a day')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('rot-cost-view .field-error').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=50000&months=36$/);
});

test('prompt caching: a cached share lowers RAG\'s line, raises the break-even volume, and lives in the URL', async ({ page }) => {
  await page.goto('cost/');
  await ready(page);
  const caching = page.getByRole('group', { name: 'Prompt caching' });
  await expect(caching).toContainText('Retrieved passages are cached only when the same passages recur');
  await expect(caching.getByLabel(/cached-token price/i)).toHaveValue('0.1');
  await expect(caching.locator('a[href$="/sources/prompt-caching-terms/"]')).toHaveCount(2);
  const lastRow = page.locator('rot-cost-view table.cost-table tbody tr').last();
  const ragBefore = await lastRow.locator('td').first().textContent();
  expect(ragBefore).toBe('$924,000');
  const summary = page.locator('rot-cost-view ul.summary li');
  await expect(summary).toHaveCount(3);

  await caching.getByLabel(/stable share of each prompt/i).fill('0.5');
  await expect(page).toHaveURL(/\?cache=0\.5$/);
  // Half of every prompt at a tenth of the price: RAG's $900,000 of tokens falls to $495,000, plus $24,000 of retrieval.
  await expect(lastRow.locator('td').first()).toHaveText('$519,000');
  // RAG without caching stays on the chart, faintly, for comparison; it ends where RAG ended before.
  const uncached = chart(page).locator('svg path.line-rag-uncached');
  await expect(uncached).toHaveCount(1);
  await expect(page.locator('rot-cost-view .legend-uncached')).toBeVisible();
  const [ragEnd, uncachedEnd] = await chart(page).locator('svg').evaluate((svg) =>
    ['path.line-rag', 'path.line-rag-uncached'].map((sel) => {
      const path = svg.querySelector<SVGPathElement>(sel)!;
      return path.getPointAtLength(path.getTotalLength()).y;
    }));
  // Higher on screen means costlier: $924,000 against $519,000.
  expect(uncachedEnd).toBeLessThan(ragEnd);
  await expectNoAxeViolations(page, 'cost/ with prompt caching on');
  await expect(summary).toHaveCount(5);
  await expect(summary.nth(2)).toHaveText('Break-even volume: fine-tuning costs less than RAG by month 24 above about 86,732 queries a day.');
  await expect(summary.nth(3)).toHaveText(/^Prompt caching: with 50% of each prompt billed at 10% of the input price, every line's input-token bill is 45% lower; without caching, the break-even volume would be about 47,703 queries a day\.$/);
  await expect(summary.nth(4)).toContainText('OpenAI caches only prompts of 1,024 tokens or more');

  await caching.getByLabel(/cached-token price/i).fill('1');
  await expect(page).toHaveURL(/\?cache=0\.5&cprice=1$/);
  await expect(lastRow.locator('td').first()).toHaveText(ragBefore!);
  await expect(summary).toHaveCount(3);
  await expect(uncached).toHaveCount(0);
  await expect(page.locator('rot-cost-view .legend-uncached')).toBeHidden();

  await page.goto('cost/?cache=1.5&cprice=abc');
  await ready(page);
  await expect(page.locator('rot-cost-view .notices li')).toHaveCount(2);
  await expect(page.locator('rot-cost-view .notices')).toContainText('prompt caching: stable share of each prompt must be a number from 0 to 1');
  await expect(page.getByLabel(/stable share of each prompt/i)).toHaveValue('0');
});

test('hostile URL parameters fall back to the defaults with a notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`cost/?q=-1&months=abc&price=1e9&zzz=${encodeURIComponent('<b>x</b>')}&q=5&ctx=${'9'.repeat(3000)}`);
  await ready(page);
  const notices = page.locator('rot-cost-view .notices');
  await expect(notices).toBeVisible();
  await expect(notices.locator('li')).toHaveCount(6);
  await expect(notices.locator('b')).toHaveCount(0);
  await expect(page.getByLabel('Queries a day')).toHaveValue('1000000');
  await expect(page.getByLabel('Horizon')).toHaveValue('24');
  await expect(page).toHaveURL(/\/cost\/$/);
  await expect(chart(page).locator('.crossover-mark')).not.toHaveCount(0);
  expect(errors).toEqual([]);
});

test('without JavaScript the summary, the defaults and the table read', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('cost/');
  await expect(page.locator('rot-cost-view ul.summary li').first()).toHaveText(/^Fine-tuning becomes cheaper than RAG in month 1 /);
  await expect(page.locator('rot-cost-view .defaults')).toContainText('Prompt tokens without retrieval');
  await expect(page.locator('rot-cost-view table.cost-table tbody tr')).toHaveCount(25);
  await expect(page.locator('rot-cost-view form.inputs')).toBeHidden();
  // The figures' sources are linked.
  await expect(page.locator('rot-cost-view .model-notes a[href$="/sources/article-choosing-right-approach/"]')).toHaveCount(1);
  // So are the caching inputs and the caveat about retrieved passages.
  await expect(page.locator('rot-cost-view .defaults')).toContainText('Prompt caching: cached-token price');
  await expect(page.locator('rot-cost-view .model-notes')).toContainText('Retrieved passages belong in that share only when the same passages recur');
  await context.close();
});

test('the cost page is readable at 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('cost/');
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the cost page (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('cost/');
    await ready(page);
    await chart(page).focus();
    await page.keyboard.press('ArrowRight');
    await expectNoAxeViolations(page, `cost/ (${scheme})`);
  });
}
