/**
 * The full-text searcher, loaded once per page on first use and shared by the dialog and the search
 * page: the index head first, then postings shards and text chunks as queries need them. URLs are
 * built under the site's base path.
 */
import { readHead } from '../../lib/search/body-index.ts';
import { createFullTextSearcher, type FullTextSearcher } from '../../lib/search/full-text.ts';
import { siteHref } from '../base.ts';

export { siteHref };
/** The graph view centred on a node. */
export const graphHref = (id: string): string => siteHref(`graph/?focus=${encodeURIComponent(id)}`);
/** The search page showing `query`. */
export const searchPageHref = (query: string): string => siteHref(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');
/** A node's page, at one of its headings when `anchor` is given. */
export const sectionHref = (path: string, anchor: string): string => siteHref(path) + (anchor ? `#${encodeURIComponent(anchor)}` : '');

async function getJson(file: string): Promise<unknown> {
  const response = await fetch(siteHref(`search-index/${file}`));
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  return response.json();
}

let loading: Promise<FullTextSearcher> | undefined;

async function load(): Promise<FullTextSearcher> {
  const head = readHead(await getJson('index.json'));
  if (!head) throw new Error('the search index is malformed');
  return createFullTextSearcher(head, getJson);
}

/** The searcher, fetching the index head on the first call; a failed load is retried on the next. */
export function loadSearcher(): Promise<FullTextSearcher> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
