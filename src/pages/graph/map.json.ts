/** `graph/map.json`: every node's place on the decision map and why it sits there; fetched only when a reader switches to the map. */
import type { APIRoute } from 'astro';
import { mapView } from '../../data/graph-view.ts';
import { json } from '../../data/json.ts';

export const GET: APIRoute = async () => json(await mapView());
