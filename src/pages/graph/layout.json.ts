/** `graph/layout.json`: every node and edge of the graph with its build-time position, for the graph view. */
import type { APIRoute } from 'astro';
import { globalView } from '../../data/graph-view.ts';
import { json } from '../../data/json.ts';

export const GET: APIRoute = async () => json(await globalView());
