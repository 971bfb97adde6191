import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import type { DecisionDocument } from '../../src/lib/decision/document.ts';
import { expectNoAxeViolations } from './support/axe.ts';

const PRESET = 'high-volume-focused-task';

async function decisionDocument(page: Page): Promise<DecisionDocument> {
  const response = await page.request.get('api/decision.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as DecisionDocument;
}

const results = (page: Page) => page.locator('rot-decide-view .results');
const winner = (page: Page) => results(page).getAttribute('data-winner');

/** Waits until the decide view has drawn a ranking. */
async function ready(page: Page) {
  await expect(page.locator('rot-decide-view .app')).toBeVisible();
  await expect(page.locator('rot-decide-view ol.ranking li')).toHaveCount(4);
}

test('a preset sets every control and the ranking', async ({ page }) => {
  const doc = await decisionDocument(page);
  const useCase = doc.useCases.find((u) => u.id === PRESET)!;
  await page.goto('decide/');
  await ready(page);
  await expect(page.locator('rot-decide-view .headline')).toHaveText('Answer at least one question, or start from a use case.');
  await page.getByLabel('Start from a use case').selectOption(PRESET);
  await expect(results(page)).toHaveAttribute('data-winner', useCase.ranking[0].approach);
  const controls = await page.locator('rot-decide-view form.answers').evaluate((form) =>
    Object.fromEntries([...form.querySelectorAll<HTMLSelectElement>('select.answer, select.weight')].map((s) => [s.id, s.value])),
  );
  expect(controls).toEqual(Object.fromEntries(doc.criteria.flatMap((c) => [[`answer-${c.id}`, useCase.profile[c.id] ?? ''], [`weight-${c.id}`, String(c.weight)]])));
  await expect(page.locator('rot-decide-view ol.ranking li').first()).toHaveAttribute('data-approach', useCase.ranking[0].approach);
  const scores = await page.locator('rot-decide-view ol.ranking li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-approach'), Number(li.getAttribute('data-score'))]));
  expect(scores).toEqual(useCase.ranking.map((r) => [r.approach, r.score]));
  await expect(page.locator('rot-decide-view .headline')).toHaveText(/^Fine-tuning comes first, 3\.5 points ahead of Hybrid/);
  await expect(page.locator('rot-decide-view .preset-note')).toContainText(`Started from ${useCase.title}.`);
  // The URL follows a change once its frame is drawn.
  await expect.poll(() => new URL(page.url()).search).toBe(`?u=${PRESET}`);
  // The reasons table has one row per answered criterion, linked to the criterion node.
  const rows = page.locator('rot-decide-view table.reasons tbody tr[data-criterion]');
  await expect(rows).toHaveCount(Object.keys(useCase.profile).length);
  await expect(rows.first().locator('th a')).toHaveAttribute('href', /\/criteria\/[a-z-]+\/$/);
});

test('the side-by-side matrix shows every criterion, filters, and highlights the reader\'s answers', async ({ page }) => {
  const doc = await decisionDocument(page);
  await page.goto('decide/matrix/');
  const matrix = page.locator('rot-decision-matrix table.matrix');
  await expect(page.locator('rot-decision-matrix .filters')).toBeVisible();
  await expect(matrix.locator('tr[data-criterion]')).toHaveCount(doc.criteria.length);
  const rows = await matrix.evaluate((table) =>
    [...table.querySelectorAll<HTMLTableRowElement>('tr[data-criterion]')].map((tr) => ({
      id: tr.dataset.criterion,
      href: new URL(tr.querySelector('th[scope="row"] a')!.getAttribute('href')!, location.href).pathname.replace(/^.*?\/criteria\//, 'criteria/'),
      levels: [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('li[data-level]')].map((li) => li.getAttribute('data-level'))),
    })),
  );
  expect(rows.sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
    [...doc.criteria].sort((a, b) => a.id.localeCompare(b.id)).map((c) => ({ id: c.id, href: c.path, levels: doc.approaches.map(() => c.levels.map((l) => l.id)) })),
  );
  await expect(matrix.locator('thead th[scope="col"]')).toHaveText(['Criterion', ...doc.approaches.map((a) => a.short)]);
  // Every effect with sources links them.
  await expect(matrix.locator('tr[data-criterion="query-volume"] td[data-approach="fine-tuning"] li[data-level="very-high"] .cites a').first()).toHaveAttribute('href', /\/sources\//);

  const view = page.locator('rot-decision-matrix');
  await view.getByLabel('Filter criteria').fill('queries a day');
  await expect(matrix.locator('tr[data-criterion]:visible')).toHaveCount(1);
  await expect(matrix.locator('tr[data-criterion="query-volume"]')).toBeVisible();
  await expect(view.locator('.count')).toHaveText(`1 of ${doc.criteria.length} criteria shown.`);
  await view.getByLabel('Filter criteria').fill('');
  await view.getByLabel('Group').selectOption('cost');
  const cost = doc.criteria.filter((c) => c.group === 'cost');
  await expect(matrix.locator('tr[data-criterion]:visible')).toHaveCount(cost.length);
  await view.getByLabel('Group').selectOption('');
  await expect(view.getByLabel('Only the criteria I answered')).toBeDisabled();

  // The reader's answers come from the decide page, through the link to the matrix.
  await page.goto('decide/');
  await ready(page);
  await page.getByLabel('Start from a use case').selectOption(PRESET);
  await page.getByRole('navigation', { name: 'Decide views' }).getByRole('link', { name: 'Side-by-side matrix' }).click();
  await expect(page).toHaveURL(new RegExp(`decide/matrix/\\?u=${PRESET}$`));
  await expect(page.locator('rot-decision-from-url .answers-note')).toHaveText(/^Showing your \d+ answers, started from /);
  const mine = matrix.locator('tr[data-criterion="query-volume"] li.is-answer');
  await expect(mine).toHaveCount(doc.approaches.length);
  await expect(mine.first()).toHaveAttribute('data-level', 'very-high');
  await expect(mine.first().locator('.yours')).toBeVisible();
  await expect(matrix.locator('tr[data-criterion="query-volume"] .yours-row')).toHaveText('Your answer: Very high (millions a day)');
  await view.getByLabel('Only the criteria I answered').check();
  const profile = doc.useCases.find((u) => u.id === PRESET)!.profile;
  await expect(matrix.locator('tr[data-criterion]:visible')).toHaveCount(Object.keys(profile).length);
  // And back to the ranking, with the same decision.
  await page.getByRole('navigation', { name: 'Decide views' }).getByRole('link', { name: 'Ranking, reasons and flip points' }).click();
  await ready(page);
  await expect(page.getByLabel('Start from a use case')).toHaveValue(PRESET);
  expect(new URL(page.url()).search).toBe(`?u=${PRESET}`);
});

test('the links between the decide pages carry every answer and weight, changed on the way', async ({ page }) => {
  await page.goto(`decide/?u=${PRESET}`);
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Decide views' });
  await expect(nav.getByRole('link', { name: 'Ranking, reasons and flip points' })).toHaveAttribute('aria-current', 'page');
  await page.locator('#weight-query-volume').selectOption('3');
  await page.locator('#answer-traceability').selectOption('required');
  // The URL, and the links with it, follow a change once its frame is drawn.
  await expect.poll(() => new URL(page.url()).search).toContain('traceability:required');
  const query = new URL(page.url()).search;
  expect(query).toContain('w=query-volume:3');
  for (const [name, path] of [['Side-by-side matrix', 'decide/matrix/'], ['Use-case table', 'decide/use-cases/']] as const) {
    const href = await nav.getByRole('link', { name }).getAttribute('href');
    expect(new URL(href!, page.url()).pathname.endsWith(`/${path}`)).toBe(true);
    expect(new URL(href!, page.url()).search).toBe(query);
  }
  await expect(nav.getByRole('link', { name: 'Cost crossover' })).toHaveAttribute('href', /cost\/$/);
  // The matrix keeps them, so going back restores every control.
  await nav.getByRole('link', { name: 'Side-by-side matrix' }).click();
  await expect(page.locator('rot-decision-matrix tr[data-criterion="traceability"] li.is-answer').first()).toHaveAttribute('data-level', 'required');
  expect(new URL(page.url()).search).toBe(query);
  await page.getByRole('navigation', { name: 'Decide views' }).getByRole('link', { name: 'Ranking, reasons and flip points' }).click();
  await ready(page);
  await expect(page.locator('#weight-query-volume')).toHaveValue('3');
  await expect(page.locator('#answer-traceability')).toHaveValue('required');
  expect(new URL(page.url()).search).toBe(query);
});

for (const path of ['decide/matrix/', 'decide/use-cases/']) {
  test(`hostile URL parameters on ${path} leave it whole, with a notice`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${path}?a=gap-type:behaviour,nope:1&u=%3Cimg%20src%3Dx%3E&zzz=${encodeURIComponent('<script>document.title=1</script>')}`);
    const notices = page.locator('rot-decision-from-url .notices');
    await expect(notices).toBeVisible();
    await expect(notices.locator('li')).toHaveCount(3);
    await expect(notices.locator('img, script')).toHaveCount(0);
    expect(await page.title()).not.toBe('1');
    // What was valid is kept and followed; the URL is rewritten without the rest.
    expect(new URL(page.url()).search).toBe('?a=gap-type:behaviour');
    await expect(page.locator('rot-decision-from-url .answers-note')).toHaveText('Showing your 1 answer, from the link.');
    expect(errors).toEqual([]);
  });
}

test('the exported record names the winner and every reason with its sources', async ({ page, context }) => {
  const doc = await decisionDocument(page);
  const useCase = doc.useCases.find((u) => u.id === PRESET)!;
  await page.goto(`decide/?u=${PRESET}`);
  await ready(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the ADR (Markdown)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('adr-fine-tuning.md');
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text).toMatch(/^# ADR: Use Fine-tuning for High-volume focused task on stable knowledge\n/);
  expect(text).toContain('We will use **Fine-tuning**. It scores 5.5, 3.5 points ahead of Hybrid of fine-tuning and retrieval (2).');
  const escape = (s: string) => s.replace(/\s+/g, ' ').replace(/([\\|[\]*_`<>])/g, '\\$1');
  for (const [criterionId, levelId] of Object.entries(useCase.profile)) {
    const c = doc.criteria.find((x) => x.id === criterionId)!;
    const level = c.levels.find((l) => l.id === levelId)!;
    expect(text).toContain(`### ${escape(c.title)}: ${escape(level.label)} (weight ${c.weight})`);
    for (const e of level.effects) {
      expect(text).toContain(escape(e.why));
      for (const s of e.sources) expect(text).toContain(`/${doc.sources.find((x) => x.id === s)!.path}`);
    }
  }
  expect(text).toContain('## Alternatives considered');
  expect(text).toContain('## What would change this decision');
  const flips = await page.locator('rot-decide-view ul.flips li > span').allTextContents();
  expect(flips.length).toBeGreaterThan(0);
  for (const f of flips) expect(text).toContain(escape(f));

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy as ADR' }).click();
  await expect(page.locator('rot-decide-view .export-status')).toHaveText('Copied the decision record as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(text);
});

test('changing the answer a flip point names flips the winner', async ({ page }) => {
  await page.goto(`decide/?u=${PRESET}`);
  await ready(page);
  const before = await winner(page);
  const flip = page.locator('rot-decide-view ul.flips:not(.flips-combined) li').filter({ hasText: /if your .* were / }).first();
  await expect(flip).toBeVisible();
  const criterion = (await flip.getAttribute('data-criterion'))!;
  const level = (await flip.getAttribute('data-level'))!;
  const predicted = (await flip.getAttribute('data-winner'))!;
  expect(predicted).not.toBe(before);
  // Change the answer by hand, through the control the flip point names.
  await page.locator(`#answer-${criterion}`).selectOption(level);
  await expect(results(page)).toHaveAttribute('data-winner', predicted);

  // A flip that needs a weight change too, applied with its button, also flips.
  await page.goto(`decide/?u=${PRESET}`);
  await ready(page);
  const more = page.locator('rot-decide-view details.more-flips');
  await more.locator('summary').click();
  const combined = more.locator('li').first();
  const expected = (await combined.getAttribute('data-winner'))!;
  await combined.getByRole('button', { name: 'Try it' }).click();
  await expect(results(page)).toHaveAttribute('data-winner', expected);
  await expect(page.locator('rot-decide-view .headline')).toBeFocused();
});

test('the URL reproduces the same state in a new page', async ({ page, browser, baseURL }) => {
  await page.goto('decide/');
  await ready(page);
  await page.getByLabel('Start from a use case').selectOption('legal-drafting');
  await page.locator('#answer-query-volume').selectOption('very-high');
  await page.locator('#weight-gap-type').selectOption('3');
  await page.locator('#answer-traceability').selectOption('');
  // The URL follows a change once its frame is drawn.
  await expect.poll(() => page.url()).toContain('w=gap-type:3');
  const url = page.url();
  expect(url).toContain('u=legal-drafting');
  expect(url).toContain('w=gap-type:3');
  const snapshot = async (p: Page) => ({
    answers: await p.locator('rot-decide-view select.answer').evaluateAll((s) => (s as HTMLSelectElement[]).map((x) => x.value)),
    weights: await p.locator('rot-decide-view select.weight').evaluateAll((s) => (s as HTMLSelectElement[]).map((x) => x.value)),
    preset: await p.getByLabel('Start from a use case').inputValue(),
    headline: await p.locator('rot-decide-view .headline').textContent(),
    bars: await p.locator('rot-decide-view ol.ranking li').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-approach')} ${li.getAttribute('data-score')}`)),
    flips: await p.locator('rot-decide-view ul.flips li > span').allTextContents(),
    note: await p.locator('rot-decide-view .preset-note').textContent(),
  });
  const first = await snapshot(page);
  expect(first.note).toContain('changed since');
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await fresh.goto(url);
  await ready(fresh);
  expect(await snapshot(fresh)).toEqual(first);
  expect(fresh.url()).toBe(url);
  await context.close();
});

test('hostile URL parameters leave the page working, with a notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const hostile = [
    'a=nope:1,query-volume:%3Cscript%3Ealert(1)%3C/script%3E,gap-type:behaviour',
    'a=query-volume:low',
    'w=gap-type:99,query-volume:NaN,task-scope:1e0',
    'u=..%2F..%2Fetc%2Fpasswd',
    `zzz=${encodeURIComponent('<img src=x onerror="document.title=1">')}`,
    `x=${'y'.repeat(5000)}`,
  ].join('&');
  await page.goto(`decide/?${hostile}`);
  await ready(page);
  const notices = page.locator('rot-decide-view .notices');
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('Some settings in the link were ignored.');
  const items = notices.locator('li');
  await expect(items).toHaveCount(9);
  await expect(items.filter({ hasText: 'no criterion has that id' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'that criterion has no such answer' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'a weight is one of' })).toHaveCount(3);
  await expect(items.filter({ hasText: 'no use case has that id' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'appears more than once' })).toHaveCount(1);
  await expect(items.filter({ hasText: 'this page has no such setting' })).toHaveCount(2);
  await expect(page.locator('rot-decide-view .notices img, rot-decide-view .notices script')).toHaveCount(0);
  expect(await page.title()).not.toBe('1');
  // What was valid is kept; the URL is rewritten without the rest.
  await expect(page.locator('#answer-gap-type')).toHaveValue('behaviour');
  await expect(results(page)).toHaveAttribute('data-winner', /.+/);
  expect(new URL(page.url()).search).toBe('?a=gap-type:behaviour');
  // And the page still works.
  await page.locator('#answer-knowledge-freshness').selectOption('daily-weekly');
  await expect(page.locator('rot-decide-view .headline')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('the scenario table filters, sorts, and orders by closeness to the reader\'s profile', async ({ page }) => {
  const doc = await decisionDocument(page);
  await page.goto('decide/use-cases/');
  const view = page.locator('rot-scenario-table');
  await expect(view.locator('.filters')).toBeVisible();
  const rows = view.locator('tbody tr[data-id]');
  const visibleTitles = () => view.locator('tbody tr[data-id]:visible th[scope="row"] > a:first-child').allTextContents();
  await expect(rows).toHaveCount(doc.useCases.length);
  await expect(view.locator('.count')).toHaveText(`All ${doc.useCases.length} use cases shown.`);

  await view.getByLabel('Filter by text').fill('legal');
  const legal = doc.useCases.filter((u) => `${u.title} ${u.domain ?? ''}`.toLowerCase().includes('legal'));
  await expect(view.locator('tbody tr[data-id]:visible')).toHaveCount(legal.length);
  for (const t of await visibleTitles()) expect(legal.map((u) => u.title)).toContain(t);
  await view.getByLabel('Filter by text').fill('');

  await view.getByLabel('Criterion answer').selectOption('query-volume:very-high');
  const veryHigh = doc.useCases.filter((u) => u.profile['query-volume'] === 'very-high');
  expect(veryHigh.length).toBeGreaterThan(0);
  await expect(view.locator('tbody tr[data-id]:visible')).toHaveCount(veryHigh.length);
  await view.getByLabel('Criterion answer').selectOption('');
  await view.getByLabel('Model ranks first').selectOption('hybrid');
  await expect(view.locator('tbody tr[data-id]:visible')).toHaveCount(doc.useCases.filter((u) => u.ranking[0].approach === 'hybrid').length);
  await view.getByLabel('Model ranks first').selectOption('');

  const sorted = [...doc.useCases.map((u) => u.title)].sort((a, b) => a.localeCompare(b));
  const titleHeader = view.locator('th[data-sort-key="title"]');
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await visibleTitles()).toEqual(sorted);
  await titleHeader.getByRole('button', { name: 'Use case' }).click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await visibleTitles()).toEqual([...sorted].reverse());

  const modelHeader = view.locator('th[data-sort-key="model"]');
  await modelHeader.getByRole('button', { name: 'Model ranks first' }).click();
  await expect(modelHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(titleHeader).not.toHaveAttribute('aria-sort', /.*/);
  const order = new Map(doc.approaches.map((a) => [a.id, a.order]));
  const models = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')!));
  const orders = models.map((m) => order.get(m)!);
  expect(orders).toEqual([...orders].sort((a, b) => a - b));

  const volumeHeader = view.locator('th[data-sort-key="c:query-volume"]');
  await volumeHeader.getByRole('button').click();
  await volumeHeader.getByRole('button').click();
  await expect(volumeHeader).toHaveAttribute('aria-sort', 'descending');
  const first = await rows.first().getAttribute('data-id');
  expect(doc.useCases.find((u) => u.id === first)!.profile['query-volume']).toBe('very-high');

  // With a profile set on the decide page, the link to the table brings it along and the table
  // orders by closeness to it: the preset's own use case comes first.
  await page.goto('decide/');
  await ready(page);
  await page.getByLabel('Start from a use case').selectOption('legal-drafting');
  await page.getByRole('navigation', { name: 'Decide views' }).getByRole('link', { name: 'Use-case table' }).click();
  await expect(page).toHaveURL(/decide\/use-cases\/\?u=legal-drafting$/);
  const closeness = view.locator('th[data-sort-key="closeness"]');
  await expect(closeness).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-id', 'legal-drafting');
  const answered = Object.keys(doc.useCases.find((u) => u.id === 'legal-drafting')!.profile).length;
  await expect(rows.first().locator('td.closeness')).toHaveText(`${answered} of ${answered} match`);

  // "Use as preset" opens the decide view started from that use case.
  await view.locator('tr[data-id="air-gapped-deployment"] a.use-preset').click();
  await ready(page);
  await expect(page.getByLabel('Start from a use case')).toHaveValue('air-gapped-deployment');
  await expect(results(page)).toHaveAttribute('data-winner', 'fine-tuning');
});

test('the decide view is in place from the first paint: starting it shifts nothing, in the page or in its embed', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifted += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['decide/', 'embed/decide/']) {
    await page.goto(path);
    await ready(page);
    await expect(page.locator('rot-decide-view .js-needed')).toBeHidden();
    // Layout shift as Chromium scores it (CLS): 0.1 is the most a page may move and still read as steady.
    const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
    expect(shifted, path).toBeLessThan(0.1);
  }
});

test('when the decision data cannot load, the view gives way to the notice saying why', async ({ page }) => {
  await page.route('**/api/decision.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('decide/');
  await expect(page.locator('rot-decide-view .js-needed')).toContainText('The decision data could not be loaded');
  await expect(page.locator('rot-decide-view .js-needed')).toBeVisible();
  await expect(page.locator('rot-decide-view .app')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Decide views' }).getByRole('link', { name: 'Side-by-side matrix' })).toBeVisible();
});

test('without JavaScript the matrix and the scenario table read in full', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const doc = await decisionDocument(page);
  await page.goto('decide/');
  await expect(page.locator('rot-decide-view .js-needed')).toBeVisible();
  await expect(page.locator('rot-decide-view .app')).toBeHidden();
  // The decide page points to both, in its note and in its navigation.
  await page.locator('rot-decide-view .js-needed').getByRole('link', { name: 'side-by-side matrix' }).click();
  await expect(page).toHaveURL(/decide\/matrix\/$/);
  // Every cell: every criterion by every approach, every answer's effect in each.
  await expect(page.locator('rot-decision-matrix tr[data-criterion]').first()).toBeVisible();
  await expect(page.locator('rot-decision-matrix tr[data-criterion]')).toHaveCount(doc.criteria.length);
  const levels = doc.criteria.reduce((n, c) => n + c.levels.length, 0);
  await expect(page.locator('rot-decision-matrix td[data-approach] li[data-level]')).toHaveCount(levels * doc.approaches.length);
  await expect(page.locator('rot-decision-matrix .filters')).toBeHidden();
  await page.getByRole('navigation', { name: 'Decide views' }).getByRole('link', { name: 'Use-case table' }).click();
  await expect(page.locator('rot-scenario-table tbody tr[data-id]').first()).toBeVisible();
  await expect(page.locator('rot-scenario-table tbody tr[data-id]')).toHaveCount(doc.useCases.length);
  await expect(page.locator('rot-scenario-table tr[data-id="legal-drafting"] td').nth(1)).toContainText('Fine-tune');
  await expect(page.locator('rot-scenario-table tr[data-id="legal-drafting"] a.use-preset')).toHaveAttribute('href', /decide\/\?u=legal-drafting$/);

  // Each use case's page shows the model's ranking beside the sources' recommendation.
  await page.goto(`use-cases/${PRESET}/`);
  const model = page.locator('section.model');
  await expect(model).toHaveAttribute('data-model-winner', 'fine-tuning');
  await expect(model.locator('.verdict')).toHaveText('The model agrees with the sources: Fine-tuning comes first, 3.5 points ahead of Hybrid of fine-tuning and retrieval.');
  await expect(model.locator('tbody tr').first()).toHaveAttribute('data-approach', 'fine-tuning');
  await expect(model.locator('tbody tr').first().locator('td').last()).toContainText('Choosing the Right Approach');
  await page.goto('use-cases/company-policy-handbook/');
  await expect(page.locator('section.model tr[data-approach="rag"]')).toContainText('this site stands by it');
  await context.close();
});

test('the decision JSON publishes every use case with the model\'s ranking', async ({ page }) => {
  const doc = await decisionDocument(page);
  expect(doc.version).toBe(1);
  expect(doc.criteria.length).toBe(16);
  expect(doc.useCases.length).toBe(34);
  for (const u of doc.useCases) {
    expect(u.ranking).toHaveLength(doc.approaches.length);
    if (u.expected) expect(u.agrees, u.id).toBe(true);
  }
});

test('printing gives a one-page summary without the controls', async ({ page }) => {
  await page.goto(`decide/?u=${PRESET}`);
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('rot-decide-view form.answers')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Decide views' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('rot-decide-view .headline')).toBeVisible();
  await expect(page.locator('rot-decide-view table.reasons')).toBeVisible();
  const pageCount = async () => ((await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(await pageCount()).toBe(1);
  // Still one page with every criterion answered (values only, the first eight flip points).
  const doc = await decisionDocument(page);
  await page.goto(`decide/?a=${doc.criteria.map((c) => `${c.id}:${c.levels[1].id}`).join(',')}`);
  await ready(page);
  await expect(page.locator('rot-decide-view table.reasons tbody tr')).toHaveCount(doc.criteria.length);
  expect(await pageCount()).toBe(1);
});

test('decide code loads only on the decide page: a node page stays under 10 KB of script', async ({ page }) => {
  const scripts: { url: string; body: Buffer }[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push({ url: r.url(), body: await r.body() });
  });
  await page.goto(`use-cases/${PRESET}/`);
  await page.waitForLoadState('networkidle');
  const gzipped = scripts.reduce((n, s) => n + gzipSync(s.body).length, 0);
  expect(scripts.map((s) => s.url).filter((u) => /Decide|Matrix|Scenario|Cost/i.test(u))).toEqual([]);
  expect(gzipped).toBeLessThan(10 * 1024);
});

test('the decide page is readable at 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`decide/?u=${PRESET}`);
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the decide page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`decide/?u=${PRESET}&w=gap-type:3`);
    await ready(page);
    await page.locator('rot-decide-view details.more-flips summary').click();
    await expectNoAxeViolations(page, `decide/ (${scheme})`);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the matrix and the use-case table, with answers (${scheme})`, async ({ page }) => {
    // Each holds every criterion or every use case: axe needs longer than on a small page.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['decide/matrix/', 'decide/use-cases/']) {
      await page.goto(`${path}?u=${PRESET}`);
      await expect(page.locator('rot-decision-from-url .answers-note')).toBeVisible();
      await expectNoAxeViolations(page, `${path} (${scheme})`);
    }
  });
}

test('the matrix and the use-case table fit a 360 px screen, scrolling only inside their tables', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['decide/matrix/', 'decide/use-cases/']) {
    await page.goto(`${path}?u=${PRESET}`);
    await expect(page.locator('rot-decision-from-url .answers-note')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
