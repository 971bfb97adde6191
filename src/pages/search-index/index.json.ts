/** `search-index/index.json`: what search loads when it opens: shard ranges, section counts and, while they are few, every node's names. */
import type { APIRoute } from 'astro';
import { json } from '../../data/json.ts';
import { siteSearchIndex } from '../../data/search-index.ts';
import { headWire } from '../../lib/search/body-index.ts';

export const GET: APIRoute = async () =>
  json(headWire((await siteSearchIndex()).head));
