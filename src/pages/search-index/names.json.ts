/** `search-index/names.json`: what search loads when it opens: names, sections, vocabulary, shard ranges. */
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../data/search-index.ts';
import { namesWire } from '../../lib/search/body-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(namesWire((await siteSearchIndex()).names)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
