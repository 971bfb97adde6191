/**
 * Browser tests against the built site. `npm test` builds once, then every spec shares one static
 * server on `dist/` (or DIST, built with BASE for the base-path run).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/find-chromium.ts';
import { HOST_PORT } from './tests/browser/support/host.ts';

const port = Number(process.env.TEST_PORT ?? 4400);
const rawBase = (process.env.BASE ?? '/').trim().replace(/^\/+|\/+$/g, '');
const base = rawBase ? `/${rawBase}/` : '/';
const dist = process.env.DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  // Artifacts per phase, so one phase's run never wipes the other's JSON report.
  outputDir: `test-results/artifacts${rawBase ? '-base' : ''}`,
  reporter: [
    ['list'],
    ['json', { outputFile: `test-results/browser${rawBase ? '-base' : ''}.json` }],
    ['./tests/browser/support/gate-reporter.ts'],
  ],
  use: {
    baseURL: `http://localhost:${port}${base}`,
    launchOptions: { executablePath: findChromium({ install: false }), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve.ts ${dist} ${port}`,
      url: `http://localhost:${port}${base}`,
      reuseExistingServer: false,
      stdout: 'ignore',
      env: { BASE: base },
    },
    // A page on another origin that embeds the site (tests/fixtures/host/).
    {
      command: `node tests/fixtures/host/server.ts ${HOST_PORT}`,
      url: `http://localhost:${HOST_PORT}/blank.html`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
