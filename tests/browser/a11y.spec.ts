/**
 * Accessibility over every page: axe on every page of the sitemap and every embed route, in the light
 * and the dark theme, with zero violations. Each test takes a run of pages and reuses one browser page
 * for it; the second theme is set on the loaded page rather than loading it again.
 *
 * Under a sub-path base the markup is the same build with other URLs, so that phase checks one page of
 * each template (a node page per kind, one node embed, every other page); a page whose styles or
 * scripts fail to load there is caught by csp.spec.ts, which visits every page in every phase.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { domPageType } from './support/budgets.ts';
import { recordGate } from './support/gates.ts';
import { allPages, BASE, onePerTemplate, shards } from './support/site.ts';

const PAGES = BASE === '/' ? allPages() : onePerTemplate(allPages());
const THEMES = ['light', 'dark'] as const;
/** About 25 pages a test: enough tests to keep every worker busy, few enough that each reuses its page. */
const RUNS = shards(PAGES, Math.max(1, Math.ceil(PAGES.length / 25)));
/**
 * Seconds a page may take, both themes: the pages that list everything (the matrix, the use-case
 * table, the graph's list) hold thousands of links, and target-size measures each against its neighbours.
 */
const pageSeconds = (path: string) => (['graph list', 'decide matrix', 'use-case table'].includes(domPageType(path)) ? 90 : 6);

test.describe('axe on every page', () => {
  for (const [i, run] of RUNS.entries()) {
    test(`pages ${i + 1}/${RUNS.length}: ${run[0]} … ${run.at(-1)} (${run.length} pages, light and dark)`, async ({ page }) => {
      test.setTimeout(20_000 + run.reduce((ms, path) => ms + pageSeconds(path) * 1000, 0));
      // Reduced motion turns transitions off, so the colours axe reads after a theme switch are final.
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      const failures: string[] = [];
      for (const path of run) {
        const response = await page.goto(path);
        expect(response?.status(), `status of ${path}`).toBe(200);
        for (const theme of THEMES) {
          await page.evaluate((t) => {
            document.documentElement.dataset.theme = t;
            document.dispatchEvent(new CustomEvent('themechange', { detail: t }));
          }, theme);
          for (const v of await axeViolations(page)) failures.push(`${path} (${theme}): ${v}`);
        }
      }
      recordGate('pages checked (axe, light and dark)', run.length);
      expect(failures, `axe violations in ${failures.length} page/theme checks`).toEqual([]);
    });
  }
});

test('the gate holds touch targets to 24 x 24 CSS px or that much space (WCAG 2.2 2.5.8)', async ({ page }) => {
  // Two 12 px buttons side by side fail; the same buttons at 24 px pass.
  const controls = (size: number) =>
    `<!doctype html><html lang="en"><head><title>Targets</title><style>button { width: ${size}px; height: ${size}px; margin: 0; padding: 0; border: 0; }</style></head>` +
    '<body><main><h1>Targets</h1><button type="button" aria-label="One">1</button><button type="button" aria-label="Two">2</button></main></body></html>';
  await page.setContent(controls(12));
  const small = await axeViolations(page);
  expect(small.filter((v) => v.startsWith('target-size')), small.join('\n')).toHaveLength(1);
  await page.setContent(controls(24));
  expect(await axeViolations(page)).toEqual([]);
});
