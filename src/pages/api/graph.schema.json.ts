/** The JSON Schema of `/api/graph.json`. */
import type { APIRoute } from 'astro';
import { siteUrl } from '../../data/embeds.ts';
import { graphSchema } from '../../lib/graph/json-schema.ts';

export const GET: APIRoute = () => {
  const schema = graphSchema(new URL('api/graph.schema.json', siteUrl()).href);
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
};
