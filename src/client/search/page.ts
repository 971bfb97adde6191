/**
 * The search page, /search/?q=…: the same search as the dialog, as a full page of links. The query
 * lives in the URL (replaced as you type, so the back button leaves the page rather than undoing
 * letters). Without JavaScript the page offers the A-Z index instead; with a query, this hides it.
 */
import { adoptSearchStyles } from './styles.ts';
import { debounce } from '../../lib/search/debounce.ts';
import { cleanQuery, groupByKind, type SearchResults } from '../../lib/search/engine.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search/options.ts';
import { graphHref, loadSearcher, siteHref } from './engine.ts';
import { detailLine, el, highlighted, kindHeading, statusText } from './render.ts';

/** Hits listed on the page. */
const LIMIT = 100;
const WAIT = 100;

class SearchPage extends HTMLElement {
  connectedCallback(): void {
    adoptSearchStyles();
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const notice = this.querySelector<HTMLElement>('.search-page-notice');
    const results = this.querySelector<HTMLElement>('.search-page-results');
    const index = document.querySelector<HTMLElement>('[data-az-index]');
    this.querySelector('.search-page-nojs')?.remove();
    if (!form || !input || !status || !notice || !results) return;
    const raw = new URLSearchParams(location.search).get('q') ?? '';
    input.value = raw;
    if (raw.length > MAX_QUERY_LENGTH) {
      notice.textContent = `Only the first ${MAX_QUERY_LENGTH} characters of a query are searched.`;
      notice.hidden = false;
    }
    status.textContent = 'Loading the search index…';

    let size = 0;
    let search: ((q: string) => SearchResults) | undefined;
    const run = () => {
      const query = input.value;
      this.keepInUrl(query);
      if (!search) return;
      const found = search(query);
      const has = cleanQuery(query).length > 0;
      if (index) index.hidden = has;
      this.render(results, found);
      status.textContent = has ? statusText(found, size, LIMIT) : `Type to search ${size.toLocaleString('en')} nodes, or browse the A-Z index.`;
    };
    const soon = debounce(run, WAIT);
    input.addEventListener('input', () => soon());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      soon.cancel();
      run();
    });
    loadSearcher().then(
      (searcher) => {
        size = searcher.size;
        search = (q) => searcher.search(q, LIMIT);
        run();
      },
      (error: unknown) => {
        status.textContent = `Search could not load (${error instanceof Error ? error.message : 'unknown error'}). The A-Z index below lists every node.`;
      },
    );
  }

  /** Puts the query in the address bar without adding a history entry per keystroke. */
  private keepInUrl(query: string): void {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  private render(container: HTMLElement, found: SearchResults): void {
    const sections = groupByKind(found.hits).map((group) => {
      const section = el('section', `kind-${group.kind}`);
      const list = el('ul');
      for (const hit of group.hits) {
        const item = el('li');
        const link = el('a', 'search-page-hit-title');
        link.href = siteHref(hit.doc.path);
        link.append(highlighted(hit.title));
        const graph = el('a', 'search-page-hit-graph', 'Show in graph');
        graph.href = graphHref(hit.doc.id);
        // The same words on every hit; screen readers also hear which node, after the visible words.
        graph.setAttribute('aria-label', `Show in graph: ${hit.doc.title}`);
        const line = el('p');
        line.append(detailLine(hit, 'search-page-detail'));
        item.append(link, graph, line);
        list.append(item);
      }
      section.append(el('h2', undefined, kindHeading(group.kind)), list);
      return section;
    });
    container.replaceChildren(...sections);
    container.hidden = sections.length === 0;
  }
}

customElements.define('search-page', SearchPage);
