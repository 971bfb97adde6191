/**
 * Finds a Chromium for the browser tests, in the order DEVELOPERS.md gives: an explicit path, then
 * Playwright's own download, then Debian's /usr/bin/chromium, installing Debian's package when
 * running as root with apt and none is found.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

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

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** The Chromium executable to use; throws a one-line message when there is none and none can be installed. */
export function findChromium({ install = true } = {}): string {
  const explicit = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH points to ${explicit}, which does not exist.`);
  }
  const found = playwrightDownload() ?? (existsSync(DEBIAN) ? DEBIAN : undefined);
  if (found) return found;
  if (install && canApt()) {
    console.error('No Chromium found; installing Debian\'s chromium package (apt-get)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(DEBIAN)) return DEBIAN;
  }
  throw new Error(
    'No Chromium found: run `npx playwright install chromium`, install your system\'s chromium package, or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH.',
  );
}
