/**
 * Every internal link and fragment of the built site resolves, under the base path this run serves
 * (DIST and BASE, as playwright.config.ts reads them), so the gate runs in every phase.
 */
import { expect, test } from '@playwright/test';
import { checkLinks, describeBroken } from '../../scripts/lib/links.ts';
import { recordGate } from './support/gates.ts';
import { BASE, DIST } from './support/site.ts';

test(`every internal link and fragment in the built site resolves (base ${BASE})`, () => {
  const report = checkLinks(DIST, BASE);
  recordGate('links checked', report.links);
  console.log(`links: ${report.links} internal links checked on ${report.pages} pages under ${BASE} (${report.external} external, not followed)`);
  expect(report.broken && describeBroken(report.broken)).toBeUndefined();
  expect(report.pages).toBeGreaterThan(0);
});
