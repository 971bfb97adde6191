/** oEmbed discovery and documents: every node page links a valid `rich` document whose html embeds from anywhere. */
import { expect, test } from '@playwright/test';
import { BLANK_HOST_PAGE } from './support/host.ts';

/** Undoes the attribute escaping of the page's HTML. */
const unescape = (text: string) =>
  text.replace(/&(amp|quot|lt|gt|#39|#x27);/g, (_, e: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e]!);

interface OEmbed {
  [key: string]: unknown;
}

/** Problems with a document by the oEmbed 1.0 spec's required fields for `rich`, plus the fields we promise. */
function oembedProblems(doc: OEmbed, site: string): string[] {
  const problems: string[] = [];
  const positiveInt = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
  if (doc.type !== 'rich') problems.push(`type ${String(doc.type)}`);
  if (doc.version !== '1.0') problems.push(`version ${String(doc.version)}`);
  if (typeof doc.html !== 'string' || !/^<iframe [^>]*src="[^"]+"[^>]*><\/iframe>$/.test(doc.html)) problems.push('html is not one iframe');
  if (!positiveInt(doc.width)) problems.push(`width ${String(doc.width)}`);
  if (!positiveInt(doc.height)) problems.push(`height ${String(doc.height)}`);
  if (typeof doc.title !== 'string' || !doc.title) problems.push('title');
  if (doc.provider_name !== 'Retrieve or Tune') problems.push('provider_name');
  if (doc.provider_url !== site) problems.push(`provider_url ${String(doc.provider_url)} (site ${site})`);
  return problems;
}

test('every embeddable page links a valid oEmbed document, and every node page is embeddable', async ({ request, baseURL }) => {
  const site = new URL('./', baseURL).href;
  // Every page the sitemap lists, so a view that adds an oEmbed link is checked with no change here.
  const index = await (await request.get('sitemap-index.xml')).text();
  const pages: string[] = [];
  for (const [, map] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await request.get(map!)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) pages.push(loc!);
  }
  expect(pages[0], 'built with SITE set to the test server (npm test does this)').toMatch(new RegExp(`^${site}`));
  const graph = (await (await request.get('api/graph.json')).json()) as { nodes: { id: string; url: string }[] };
  const nodePages = new Map(graph.nodes.map((n) => [n.url, n.id]));
  expect(nodePages.size).toBeGreaterThan(100);
  let documents = 0;
  for (const url of pages) {
    const html = await (await request.get(url)).text();
    const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/);
    const nodeId = nodePages.get(url);
    if (nodeId) expect(link?.[1], `oEmbed link on ${url}`).toBe(new URL(`oembed/node/${nodeId}.json`, site).href);
    if (!link) continue;
    const res = await request.get(link[1]!);
    expect(res.status(), link[1]).toBe(200);
    const doc = (await res.json()) as OEmbed;
    expect(oembedProblems(doc, site), url).toEqual([]);
    expect(doc.title).toBe(unescape(link[2]!));
    expect(doc.html as string).toMatch(new RegExp(`src="${site}embed/`));
    documents++;
  }
  expect(documents).toBeGreaterThanOrEqual(nodePages.size);
});

test('the oEmbed html, pasted into a page on another origin, shows the embed', async ({ page, request, baseURL }) => {
  const doc = (await (await request.get('oembed/node/rag.json')).json()) as { html: string; height: number; title: string };
  console.log(`pasting the oEmbed html into ${BLANK_HOST_PAGE}:\n${doc.html}`);
  await page.goto(BLANK_HOST_PAGE);
  await page.evaluate((html) => document.querySelector('#paste')!.append(document.createRange().createContextualFragment(html)), doc.html);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('title', doc.title);
  await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText('Retrieval-augmented generation');
  expect(Math.round((await iframe.boundingBox())!.height)).toBe(doc.height);
  expect(new URL(baseURL!).origin).not.toBe(new URL(BLANK_HOST_PAGE).origin);
});
