/** `node scripts/browser.ts`: finds (or installs) Chromium for the browser tests and prints its path. */
import { findChromium } from './lib/find-chromium.ts';

try {
  console.log(findChromium());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
