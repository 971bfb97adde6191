/** Every built HTML page passes the Nu HTML Checker (vnu.jar), run once over the whole site. */
import { expect, test } from '@playwright/test';
import { summarise, validateSite } from '../../scripts/lib/html-validity.ts';
import { recordGate } from './support/gates.ts';
import { DIST } from './support/site.ts';

test('every built page is valid HTML (Nu HTML Checker)', () => {
  test.setTimeout(180_000);
  const { files, problems } = validateSite(DIST);
  recordGate('pages validated (Nu HTML Checker)', files);
  expect(summarise(problems, DIST), `${problems.length} problems in ${files} pages`).toEqual([]);
});
