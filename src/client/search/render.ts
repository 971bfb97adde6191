/**
 * DOM for search results, shared by the dialog and the search page. Every piece of text, the
 * reader's query included, goes in as a text node: nothing is ever parsed as markup.
 */
import { KIND_INFO } from '../../lib/content/kinds.ts';
import { segments, type Highlight, type SearchHit, type SearchResults } from '../../lib/search/engine.ts';
import { MIN_QUERY_LENGTH } from '../../lib/search/options.ts';

/** An element with a class and optional text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The text with its matched runs wrapped in <mark>. */
export function highlighted({ text, ranges }: Highlight): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const s of segments(text, ranges)) {
    if (s.marked) out.append(el('mark', undefined, s.text));
    else out.append(document.createTextNode(s.text));
  }
  return out;
}

const DETAIL_LABEL = { aliases: 'Also called', headings: 'Section' } as const;

/** The line under a hit's title: the alias or heading that matched, else its summary, highlighted where it matched. */
export function detailLine(hit: SearchHit, className: string): HTMLElement {
  const line = el('span', className);
  const d = hit.detail;
  if (d && d.field !== 'summary') {
    line.append(el('span', 'search-detail-label', `${DETAIL_LABEL[d.field]}: `), highlighted(d));
  } else if (d) {
    line.append(highlighted(d));
  } else {
    line.textContent = hit.doc.summary;
  }
  return line;
}

/** Singular or plural kind name for a group heading. */
export const kindHeading = (kind: SearchHit['doc']['kind']): string => KIND_INFO[kind].plural;

/** What the live region says about a search: counts in words, the query quoted as text. */
export function statusText(results: SearchResults | undefined, size: number, shownLimit: number): string {
  if (!results || results.query.length < MIN_QUERY_LENGTH) return `Type at least ${MIN_QUERY_LENGTH} characters to search ${size.toLocaleString('en')} nodes.`;
  const { total, query } = results;
  if (total === 0) return `No results for “${query}”.`;
  const count = `${total.toLocaleString('en')} ${total === 1 ? 'result' : 'results'}`;
  return total > shownLimit ? `${count} for “${query}”, best ${shownLimit} shown.` : `${count} for “${query}”.`;
}
