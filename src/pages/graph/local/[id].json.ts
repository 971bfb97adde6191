/** `graph/local/<id>.json`: a node's neighbourhood two hops deep, laid out around it, for its page's local graph. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localView } from '../../../data/graph-view.ts';
import { knowledge } from '../../../data/knowledge.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const k = await knowledge();
  return k.graph.nodes.map((n) => ({ params: { id: n.id } }));
};

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await localView(params.id!)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
