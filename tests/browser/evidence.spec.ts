import { expect, test } from '@playwright/test';

const rows = (page: import('@playwright/test').Page) => page.locator('rot-evidence-table tbody tr[data-id]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the evidence page is a complete table of every finding, with no dead filter controls', async ({ page }) => {
    await page.goto('evidence/');
    const count = await rows(page).count();
    expect(count).toBeGreaterThanOrEqual(20);
    await expect(page.locator('rot-evidence-table .filters')).toBeHidden();
    await expect(page.locator('rot-evidence-table thead th')).toHaveText(['Study', 'Year', 'Models', 'Task', 'Result', 'What it bears on']);
    const ovadia = page.locator('tr[data-id="ovadia-current-events-rag-vs-fine-tuning"]');
    await expect(ovadia).toContainText('0.875');
    await expect(ovadia).toContainText('Mistral-7B');
    await expect(ovadia.locator('td').nth(1)).toHaveText('2024');
  });
});

test('sorting by year puts the oldest study first and marks the column sorted', async ({ page }) => {
  await page.goto('evidence/');
  const year = page.getByRole('button', { name: 'Year' });
  await year.click();
  await expect(page.locator('th[data-sort-key="year"]')).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows(page).first().locator('td').nth(1)).toHaveText('2023');
  await year.click();
  await expect(page.locator('th[data-sort-key="year"]')).toHaveAttribute('aria-sort', 'descending');
  await expect(rows(page).first().locator('td').nth(1)).toHaveText('2024');
});

test('filtering by what a finding bears on keeps only those rows and says how many', async ({ page }) => {
  await page.goto('evidence/');
  const total = await rows(page).count();
  await page.getByLabel('Bears on').selectOption({ label: 'Hybrid of fine-tuning and retrieval' });
  const shown = rows(page).filter({ visible: true });
  const n = await shown.count();
  expect(n).toBeGreaterThanOrEqual(2);
  expect(n).toBeLessThan(total);
  await expect(page.locator('rot-evidence-table .count')).toHaveText(`Showing ${n} of ${total} findings.`);
  await expect(page.locator('tr[data-id="balaguer-gains-add-up"]')).toBeVisible();
  await expect(page.locator('tr[data-id="ovadia-fine-tuning-plus-rag-below-rag"]')).toBeVisible();
  await expect(page.locator('tr[data-id="dpo-behaviour-without-reward-model"]')).toBeHidden();
  await page.getByLabel('Search findings').fill('agricultur');
  await expect(rows(page).filter({ visible: true })).toHaveCount(1);
});

test('the page for "fine-tuning teaches facts" shows the studies\' numbers, and a disagreement shows both sides', async ({ page }) => {
  await page.goto('pitfalls/fine-tuning-teaches-facts/');
  const studies = page.locator('section.studies-found');
  await expect(studies.getByRole('heading', { name: 'What the studies found' })).toBeVisible();
  await expect(studies.locator('.finding-card').filter({ hasText: 'Fine-Tuning or Retrieval?' }).filter({ hasText: '910 questions' }).filter({ hasText: '0.875' })).not.toHaveCount(0);
  await expect(studies.locator('.finding-card').filter({ hasText: 'Does Fine-Tuning LLMs on New Knowledge' }).filter({ hasText: '8.3' })).toHaveCount(1);
  const disagreement = page.locator('section.disagreements .disagreement[data-other="internalised-knowledge"]');
  await expect(disagreement.getByText('This page says')).toBeVisible();
  await expect(disagreement.getByText('The other side says')).toBeVisible();
  await expect(disagreement.locator('.finding-card').first()).toBeVisible();

  await page.goto('trade-offs/baked-in-compliance/');
  await expect(page.locator('section.disagreements .no-study')).toHaveText(/No study among this site's sources settles this disagreement/);
});
