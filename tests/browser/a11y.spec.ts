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
import { recordGate } from './support/gates.ts';
import { allPages, BASE, onePerTemplate, shards } from './support/site.ts';

const PAGES = BASE === '/' ? allPages() : onePerTemplate(allPages());
const THEMES = ['light', 'dark'] as const;
/** About 25 pages a test: enough tests to keep every worker busy, few enough that each reuses its page. */
const RUNS = shards(PAGES, Math.max(1, Math.ceil(PAGES.length / 25)));

test.describe('axe on every page', () => {
  for (const [i, run] of RUNS.entries()) {
    test(`pages ${i + 1}/${RUNS.length}: ${run[0]} … ${run.at(-1)} (${run.length} pages, light and dark)`, async ({ page }) => {
      // The graph page lists every node with its relations both ways for readers without JavaScript,
      // so axe's time there grows with the whole knowledge base (about a minute at 220 nodes, on a busy
      // machine more); it gets its own allowance rather than eating the rest of its run's.
      test.setTimeout(20_000 + run.length * 6_000 + run.filter((p) => p === 'graph/').length * 120_000);
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
