/** `search-index/names.json`: what search loads when it opens: names, sections, vocabulary, shard ranges. */
import type { APIRoute } from 'astro';
import { json } from '../../data/json.ts';
import { siteSearchIndex } from '../../data/search-index.ts';
import { namesWire } from '../../lib/search/body-index.ts';

export const GET: APIRoute = async () =>
  json(namesWire((await siteSearchIndex()).names));
