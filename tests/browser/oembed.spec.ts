/** oEmbed discovery and documents: every node page links a valid `rich` document whose html embeds from anywhere. */
import { expect, test } from '@playwright/test';
import { BLANK_HOST_PAGE } from './support/host.ts';

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

test('every node page links a valid oEmbed document', async ({ request, baseURL }) => {
  const site = new URL('./', baseURL).href;
  const graph = (await (await request.get('api/graph.json')).json()) as { nodes: { id: string; url: string; title: string }[] };
  expect(graph.nodes.length).toBeGreaterThan(100);
  for (const node of graph.nodes) {
    const html = await (await request.get(node.url)).text();
    const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/);
    expect(link, `oEmbed link on ${node.url}`).not.toBeNull();
    expect(link![1], 'built with SITE set to the test server (npm test does this)').toBe(new URL(`oembed/node/${node.id}.json`, site).href);
    const res = await request.get(link![1]!);
    expect(res.status(), link![1]).toBe(200);
    const doc = (await res.json()) as OEmbed;
    expect(oembedProblems(doc, site), node.id).toEqual([]);
    expect(doc.html as string).toContain(`src="${new URL(`embed/node/${node.id}/`, site).href}"`);
  }
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
