/** `graph/map.json`: every node's place on the decision map and why it sits there; fetched only when a reader switches to the map. */
import type { APIRoute } from 'astro';
import { mapView } from '../../data/graph-view.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await mapView()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
