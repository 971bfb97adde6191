/**
 * Finds a Chromium for the browser tests, in the order DEVELOPERS.md gives: an explicit path, then
 * Playwright's own download, then Debian's /usr/bin/chromium, installing Debian's package when
 * running as root with apt and none is found.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findTool } from './find-tool.ts';

const DEBIAN = '/usr/bin/chromium';

/** Launch flags that keep Chromium off the network this machine does not have. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function playwrightDownload(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The Chromium executable to use; throws a one-line message when there is none and none can be installed. */
export function findChromium({ install = true } = {}): string {
  return findTool(
    {
      name: 'Chromium',
      env: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
      candidates: () => [playwrightDownload(), DEBIAN],
      apt: { package: 'chromium', installs: DEBIAN },
      missing: 'No Chromium found: run `npx playwright install chromium`, install your system\'s chromium package, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH.',
    },
    { install },
  );
}
