/**
 * Strict Content-Security-Policy: every built page declares one with no 'unsafe-inline' for scripts
 * or styles, no element carries a style="" or on*="" attribute (the policy would block them), and a
 * visit to every page in a real browser raises no CSP violation, console error or page error.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'parse5';
import { htmlFiles } from '../../scripts/lib/site-files.ts';
import { recordGate } from './support/gates.ts';
import { allPages, DIST, shards } from './support/site.ts';
import { watchPage } from './support/watch.ts';

interface El {
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  content?: El;
}
function* elements(node: El): Generator<El> {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

/** The sources a CSP allows for a directive, falling back to default-src as browsers do. */
function sources(policy: string, directive: string): string[] | undefined {
  const parts = new Map(
    policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!.toLowerCase(), d.slice(1)] as const),
  );
  return parts.get(directive) ?? parts.get('default-src');
}

test('every built page has a strict CSP and no style or event-handler attributes', () => {
  const problems: string[] = [];
  const files = htmlFiles(DIST);
  for (const file of files) {
    const page = relative(DIST, file);
    const policies: string[] = [];
    for (const el of elements(parse(readFileSync(file, 'utf8')) as unknown as El)) {
      const attr = new Map((el.attrs ?? []).map((a) => [a.name, a.value]));
      if (el.tagName === 'meta' && attr.get('http-equiv')?.toLowerCase() === 'content-security-policy') policies.push(attr.get('content') ?? '');
      if (attr.has('style')) problems.push(`${page}: <${el.tagName} style="${attr.get('style')}">`);
      for (const name of attr.keys()) if (/^on/i.test(name)) problems.push(`${page}: <${el.tagName} ${name}="…">`);
    }
    if (policies.length !== 1) {
      problems.push(`${page}: ${policies.length} Content-Security-Policy meta tags, expected 1`);
      continue;
    }
    for (const directive of ['script-src', 'style-src']) {
      const allowed = sources(policies[0]!, directive);
      if (!allowed) problems.push(`${page}: no ${directive} or default-src`);
      else if (allowed.includes("'unsafe-inline'")) problems.push(`${page}: ${directive} allows 'unsafe-inline'`);
      else if (directive === 'script-src' && allowed.includes("'unsafe-eval'")) problems.push(`${page}: script-src allows 'unsafe-eval'`);
    }
  }
  recordGate('pages scanned for CSP and inline styles', files.length);
  expect(problems).toEqual([]);
});

const PAGES = allPages();
const RUNS = shards(PAGES, Math.max(1, Math.ceil(PAGES.length / 50)));

test.describe('a visit to every page', () => {
  for (const [i, run] of RUNS.entries()) {
    test(`pages ${i + 1}/${RUNS.length} (${run.length}): no CSP violation, console error or page error`, async ({ page }) => {
      test.setTimeout(20_000 + run.length * 2_000);
      const watch = await watchPage(page);
      const problems: string[] = [];
      for (const path of run) {
        const response = await page.goto(path);
        if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
        for (const p of await watch.take()) problems.push(`${path}: ${p}`);
      }
      recordGate('pages visited for CSP violations and errors', run.length);
      expect(problems).toEqual([]);
    });
  }
});

test('the policy is enforced, and the watcher reports what it blocks', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('./');
  expect(await watch.take()).toEqual([]);
  // What a careless view might do: an inline script, a style attribute, a foreign script.
  await page.evaluate(() => {
    const inline = document.createElement('script');
    inline.textContent = 'window.__ranInline = true;';
    document.body.append(inline);
    document.body.setAttribute('style', 'outline: 1px solid red');
    const foreign = document.createElement('script');
    foreign.src = 'https://cdn.example.org/x.js';
    document.body.append(foreign);
  });
  const seen = (await watch.take()).join('\n');
  expect(seen).toMatch(/CSP violation: script-src-elem blocked inline /);
  expect(seen).toMatch(/CSP violation: style-src-attr blocked inline /);
  expect(seen).toMatch(/CSP violation: script-src-elem blocked https:\/\/cdn\.example\.org\/x\.js/);
  expect(await page.evaluate(() => '__ranInline' in window)).toBe(false);
});
