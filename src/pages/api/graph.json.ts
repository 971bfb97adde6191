/** The graph as a public, versioned JSON document; see the README's "Graph JSON" section. */
import type { APIRoute } from 'astro';
import { graphPositions } from '../../data/graph-view.ts';
import { json } from '../../data/json.ts';
import { knowledge } from '../../data/knowledge.ts';
import { siteUrl } from '../../data/site.ts';
import { graphDocument, nodeDecisions } from '../../lib/graph/json.ts';
import { nodePath } from '../../lib/shared/urls.ts';

export const GET: APIRoute = async () => {
  const k = await knowledge();
  const site = siteUrl();
  const doc = graphDocument(k.graph, {
    site,
    schemaUrl: new URL('api/graph.schema.json', site).href,
    pathOf: nodePath,
    generated: new Date().toISOString(),
    positions: await graphPositions(),
    decisions: nodeDecisions(k.scenarios),
  });
  return json(doc);
};
