/**
 * Runs axe (WCAG 2 A and AA, plus best practice and WCAG 2.2 target size) on the current page. axe-core is injected once per
 * loaded page and run as often as needed (once per theme): @axe-core/playwright's builder re-injects it
 * and finishes every run in a new page, several times slower across ~200 pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/** The rule sets every page must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/**
 * Rules run besides the tags: `target-size` (WCAG 2.2 2.5.8, touch targets of 24 x 24 CSS px or
 * spaced as far apart) is off by default in axe-core, so it is switched on by name.
 */
export const AXE_EXTRA_RULES = ['target-size'];

// axe-core is the version @axe-core/playwright was released with.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromBuilder.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  targets: string[];
}

/** axe's violations on the page as it is now, one line each with up to three offending elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async ({ tags, extra }): Promise<Violation[]> => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // Frames are embed routes, which are checked as pages of their own; waiting on frames without axe would stall.
    const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'], iframes: false });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, { tags: AXE_TAGS, extra: AXE_EXTRA_RULES });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`);
}

/** Fails listing every axe violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, context = page.url()): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${context}`).toEqual([]);
}
