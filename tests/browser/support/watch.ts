/**
 * Watches a page for what a reader would see as breakage: uncaught errors, console errors and
 * Content-Security-Policy violations. The violation listener is added with addInitScript, which
 * Playwright runs through the DevTools protocol, so the page's own CSP does not block it.
 */
import type { Page } from '@playwright/test';

export interface PageWatch {
  /** Everything seen since the last call, one line each, after letting pending events arrive; then starts afresh. */
  take(): Promise<string[]>;
}

/** The global the init script keeps violations in. */
const KEY = '__rotCspViolations';

/** Starts watching `page`; call before the first navigation so the init script runs on every load. */
export async function watchPage(page: Page): Promise<PageWatch> {
  let seen: string[] = [];
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.push(`console error: ${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  await page.addInitScript((key) => {
    const log: string[] = [];
    Object.defineProperty(window, key, { value: log });
    document.addEventListener(
      'securitypolicyviolation',
      (e) => log.push(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile || 'the page'}:${e.lineNumber}${e.sample ? ` (${e.sample})` : ''}`),
      true,
    );
  }, KEY);
  return {
    async take() {
      let csp: string[] = [];
      try {
        // One frame and one task, so violations and errors queued during the load are delivered.
        csp = await page.evaluate(
          (key) => new Promise<string[]>((r) => requestAnimationFrame(() => setTimeout(() => r([...((window as unknown as Record<string, string[]>)[key] ?? [])]), 0))),
          KEY,
        );
        await page.evaluate((key) => (window as unknown as Record<string, string[]>)[key]?.splice(0), KEY);
      } catch (error) {
        seen.push(`could not read the page: ${(error as Error).message}`);
      }
      const out = [...seen, ...csp];
      seen = [];
      return out;
    },
  };
}
