/** `search-index/terms-<n>.json`: the postings of one range of terms, fetched when a query's words fall in it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../data/json.ts';
import { siteSearchIndex } from '../../data/search-index.ts';
import type { ShardFile } from '../../lib/search/body-index.ts';

export const getStaticPaths = (async () => {
  const { shards } = await siteSearchIndex();
  return shards.map((shard, n) => ({ params: { n: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: ShardFile }> = ({ props }) =>
  json(props.shard);
