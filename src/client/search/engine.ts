/**
 * The search documents and the searcher over them, loaded once per page on first use and shared by
 * the dialog and the search page. URLs are built under the site's base path.
 */
import { createSearcher, type Searcher } from '../../lib/search/engine.ts';
import { isSearchDocument } from '../../lib/search/documents.ts';
import { withBase } from '../../lib/shared/urls.ts';

const BASE = import.meta.env.BASE_URL;

/** Absolute URL path of a site-relative path. */
export const siteHref = (path = ''): string => withBase(BASE, path);
/** The graph view centred on a node. */
export const graphHref = (id: string): string => siteHref(`graph/?focus=${encodeURIComponent(id)}`);
/** The search page showing `query`. */
export const searchPageHref = (query: string): string => siteHref(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');

let loading: Promise<Searcher> | undefined;

async function load(): Promise<Searcher> {
  const response = await fetch(siteHref('search-documents.json'));
  if (!response.ok) throw new Error(`the search index answered ${response.status}`);
  const data: unknown = await response.json();
  if (!Array.isArray(data)) throw new Error('the search index is not a list');
  // A malformed entry is skipped rather than breaking search for every other node.
  return createSearcher(data.filter(isSearchDocument));
}

/** The searcher, fetching and indexing the documents on the first call; a failed load is retried on the next. */
export function loadSearcher(): Promise<Searcher> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
