/** `graph/layout.json`: every node and edge of the graph with its build-time position, for the graph view. */
import type { APIRoute } from 'astro';
import { globalView } from '../../data/graph-view.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await globalView()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
