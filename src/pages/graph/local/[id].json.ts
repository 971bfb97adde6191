/** `graph/local/<id>.json`: a node's neighbourhood two hops deep, laid out around it, for its page's local graph. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localView } from '../../../data/graph-view.ts';
import { json } from '../../../data/json.ts';
import { knowledge } from '../../../data/knowledge.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const k = await knowledge();
  return k.graph.nodes.map((n) => ({ params: { id: n.id } }));
};

export const GET: APIRoute = async ({ params }) => json(await localView(params.id!));
