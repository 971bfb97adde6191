/** The graph as a public, versioned JSON document; see the README's "Graph JSON" section. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../../data/embeds.ts';
import { knowledge } from '../../data/knowledge.ts';
import { graphDocument } from '../../lib/graph-json.ts';
import { nodePath } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const k = await knowledge();
  const site = siteUrl();
  const doc = graphDocument(k.graph, {
    site,
    schemaUrl: new URL('api/graph.schema.json', site).href,
    pathOf: nodePath,
    generated: new Date().toISOString(),
    // When the build-time layout lands, pass its positions here: `positions: layoutPositions(k.graph)`.
    positions: undefined,
  });
  return new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
