/** A static oEmbed `rich` document per embeddable page: `/oembed/node/rag.json`, `/oembed/decide.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_NAME, nodeEmbeddable, viewEmbeds, siteUrl, type Embeddable } from '../../data/embeds.ts';
import { knowledge } from '../../data/knowledge.ts';
import { iframeSnippet } from '../../lib/embed/snippet.ts';
import { oembedDocument } from '../../lib/embed/oembed.ts';

/** The width oEmbed consumers are told; the iframe itself is fluid (100%). */
const WIDTH = 640;

export const getStaticPaths = (async () => {
  const k = await knowledge();
  const all: Embeddable[] = [...(await viewEmbeds()), ...k.graph.nodes.map(nodeEmbeddable)];
  return all.map((embed) => ({ params: { path: embed.path }, props: { embed } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ embed: Embeddable }> = ({ props }) => {
  const { embed } = props;
  const site = siteUrl();
  const html = iframeSnippet({ site, path: embed.path, title: embed.title, page: embed.page, height: embed.height });
  const doc = oembedDocument({ title: embed.title, providerName: SITE_NAME, providerUrl: site, html, width: WIDTH, height: embed.height });
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
