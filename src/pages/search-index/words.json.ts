/** `search-index/words.json`: every body word, front-coded; fetched only to forgive a typo in a query word. */
import type { APIRoute } from 'astro';
import { json } from '../../data/json.ts';
import { siteSearchIndex } from '../../data/search-index.ts';

export const GET: APIRoute = async () =>
  json((await siteSearchIndex()).words);
