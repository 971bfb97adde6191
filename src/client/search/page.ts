/**
 * The search page, /search/?q=…: the same search as the dialog, as a full page of links. The query
 * lives in the URL (replaced as you type, so the back button leaves the page rather than undoing
 * letters). Without JavaScript the page offers the A-Z index instead; with a query, this hides it.
 */
import { define } from '../define.ts';
import { adoptSearchStyles } from './styles.ts';
import { debounce } from '../../lib/search/debounce.ts';
import { cleanQuery, groupByKind } from '../../lib/search/engine.ts';
import type { FullResults } from '../../lib/search/full-text.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search/options.ts';
import { graphHref, loadSearcher, sectionHref, siteHref } from './engine.ts';
import { el } from '../dom.ts';
import { detailLine, highlighted, kindHeading, statusText } from './render.ts';

/** Hits listed on the page. */
const LIMIT = 100;
/** Hits whose excerpts are fetched; further down, sections show their headings only. */
const EXCERPTS = 20;
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
    let search: ((q: string) => Promise<FullResults>) | undefined;
    let turn = 0;
    const run = async () => {
      const query = input.value;
      this.keepInUrl(query);
      if (!search) return;
      const mine = ++turn;
      let found: FullResults;
      try {
        found = await search(query);
      } catch (error) {
        status.textContent = `Search could not load part of its index (${error instanceof Error ? error.message : 'unknown error'}). The A-Z index below lists every node.`;
        if (index) index.hidden = false;
        return;
      }
      // A slower earlier search never paints over a later one.
      if (mine !== turn) return;
      const has = cleanQuery(query).length > 0;
      if (index) index.hidden = has;
      this.render(results, found);
      status.textContent = has ? statusText(found, size, LIMIT) : `Type to search ${size.toLocaleString('en')} nodes, or browse the A-Z index.`;
    };
    const soon = debounce(() => void run(), WAIT);
    input.addEventListener('input', () => soon());
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      soon.cancel();
      void run();
    });
    loadSearcher().then(
      (searcher) => {
        size = searcher.size;
        search = (q) => searcher.search(q, LIMIT, EXCERPTS);
        void run();
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

  private render(container: HTMLElement, found: FullResults): void {
    const sections = groupByKind(found.hits).map((group) => {
      const section = el('section', { class: `kind-${group.kind}` });
      const list = el('ul');
      for (const hit of group.hits) {
        const item = el('li');
        const link = el('a', { class: 'search-page-hit-title' });
        link.href = siteHref(hit.doc.path);
        link.append(highlighted(hit.title));
        const graph = el('a', { class: 'search-page-hit-graph' }, 'Show in graph');
        graph.href = graphHref(hit.doc.id);
        // The same words on every hit; screen readers also hear which node, after the visible words.
        graph.setAttribute('aria-label', `Show in graph: ${hit.doc.title}`);
        const line = el('p');
        line.append(detailLine(hit, 'search-page-detail'));
        item.append(link, graph, line);
        if (hit.sections.length) {
          const sections = el('ul', { class: 'search-page-sections' });
          sections.setAttribute('aria-label', `Matching sections of ${hit.doc.title}`);
          for (const section of hit.sections) {
            const sub = el('li');
            const a = el('a', {}, section.heading);
            a.href = sectionHref(hit.doc.path, section.anchor);
            sub.append(a);
            if (section.excerpt) {
              const excerpt = el('span', { class: 'search-page-excerpt' });
              excerpt.append(highlighted(section.excerpt));
              sub.append(excerpt);
            }
            sections.append(sub);
          }
          item.append(sections);
        }
        list.append(item);
      }
      section.append(el('h2', {}, kindHeading(group.kind)), list);
      return section;
    });
    container.replaceChildren(...sections);
    container.hidden = sections.length === 0;
  }
}

/** Registers the search page's element; the page calls it once the search code has loaded. */
export function defineSearchPage(): void {
  define('rot-search-page', SearchPage);
}
