/** `search-index/text-<n>.json`: the sections' plain text for a run of nodes, fetched for excerpts of the results shown. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { json } from '../../data/json.ts';
import { siteSearchIndex } from '../../data/search-index.ts';
import type { TextFile } from '../../lib/search/body-index.ts';

export const getStaticPaths = (async () => {
  const { texts } = await siteSearchIndex();
  return texts.map((text, n) => ({ params: { n: String(n) }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: TextFile }> = ({ props }) =>
  json(props.text);
