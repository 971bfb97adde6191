/**
 * `preview/<id>.json`: what a link preview shows for one node, fetched by the card on the first hover
 * of a link to that node. One small file per node, so a hover costs a few hundred bytes whatever the
 * size of the knowledge base.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../data/json.ts';
import { knowledge } from '../../data/knowledge.ts';
import { nodePreview } from '../../data/preview.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const k = await knowledge();
  return k.graph.nodes.map((n) => ({ params: { id: n.id } }));
};

export const GET: APIRoute = async ({ params }) => json(await nodePreview(params.id!));
