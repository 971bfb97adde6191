/** The JSON Schema of `/api/graph.json`. */
import type { APIRoute } from 'astro';
import { json } from '../../data/json.ts';
import { siteUrl } from '../../data/site.ts';
import { graphSchema } from '../../lib/graph/json-schema.ts';

export const GET: APIRoute = () => {
  const schema = graphSchema(new URL('api/graph.schema.json', siteUrl()).href);
  return json(schema, { type: 'application/schema+json', indent: 2 });
};
