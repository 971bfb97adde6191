/** The graph as a public, versioned JSON document; see the README's "Graph JSON" section. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../../data/embeds.ts';
import { knowledge } from '../../data/knowledge.ts';
import { graphPositions } from '../../data/graph-view.ts';
import { graphDocument, type NodeDecision } from '../../lib/graph/json.ts';
import { scenariosFrom } from '../../lib/decision/scenarios.ts';
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
    decisions: new Map(
      scenariosFrom(k.nodes, k.decision).map((s): [string, NodeDecision] => [
        s.id,
        {
          ranking: s.ranking,
          recommended: s.recommendations.map((r) => r.approach),
          ...(s.resolution ? { resolution: s.resolution.approach } : {}),
        },
      ]),
    ),
  });
  return new Response(JSON.stringify(doc), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
