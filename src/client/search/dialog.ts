/**
 * The search dialog, loaded on first use by the header's launcher: a modal <dialog> holding a
 * combobox input and a listbox of results grouped by kind. Focus stays in the input; the arrow keys
 * move the active option (aria-activedescendant), Enter opens it, Shift+Enter shows it in the graph,
 * Esc closes at the first press and focus returns where it was.
 */
import { adoptSearchStyles } from './styles.ts';
import { debounce } from '../../lib/search/debounce.ts';
import { groupByKind, type SearchHit, type SearchResults, type Searcher } from '../../lib/search/engine.ts';
import { graphHref, loadSearcher, searchPageHref, siteHref } from './engine.ts';
import { detailLine, el, highlighted, kindHeading, statusText } from './render.ts';

/** Hits shown in the dialog; the search page shows more. */
const LIMIT = 20;
/** Quiet time (ms) after a burst of keystrokes before searching again. */
const WAIT = 100;

class SearchDialog {
  readonly dialog = el('dialog', 'search-dialog');
  readonly input = el('input', 'search-input');
  readonly listbox = el('div', 'search-results');
  readonly status = el('p', 'search-status');
  readonly pageLink = el('a', 'search-page-link', 'Open the search page');
  private searcher: Searcher | undefined;
  /** The hits shown, in the order of their options (grouped by kind), parallel to `options`. */
  private hits: SearchHit[] = [];
  /** The query the shown results are for. */
  private shownQuery: string | undefined;
  private options: HTMLElement[] = [];
  private active = -1;
  private opener: HTMLElement | null = null;
  private readonly searchSoon = debounce(() => this.run(), WAIT);

  constructor() {
    adoptSearchStyles();
    const { dialog, input, listbox, status, pageLink } = this;
    dialog.setAttribute('aria-labelledby', 'search-dialog-label');
    const head = el('div', 'search-head');
    const label = el('label', 'search-label', 'Search the knowledge graph');
    label.id = 'search-dialog-label';
    label.htmlFor = 'search-dialog-input';
    Object.assign(input, { id: 'search-dialog-input', type: 'text', autocomplete: 'off', spellcheck: false, autofocus: true, placeholder: 'Air gapped, context bloat, LoRA…' });
    for (const [name, value] of Object.entries({
      role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-dialog-results',
      'aria-describedby': 'search-dialog-hint', autocapitalize: 'off', enterkeyhint: 'go',
    })) input.setAttribute(name, value);
    const close = el('button', 'search-close', 'Close');
    close.type = 'button';
    close.addEventListener('click', () => this.close());
    head.append(label, input, close);

    const hint = el('p', 'search-hint');
    hint.id = 'search-dialog-hint';
    hint.append(el('kbd', undefined, 'Up'), ' and ', el('kbd', undefined, 'Down'), ' choose, ', el('kbd', undefined, 'Enter'), ' opens, ',
      el('kbd', undefined, 'Shift+Enter'), ' shows in the graph, ', el('kbd', undefined, 'Esc'), ' closes.');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');
    listbox.id = 'search-dialog-results';
    listbox.setAttribute('role', 'listbox');
    listbox.setAttribute('aria-label', 'Search results');
    listbox.hidden = true;
    pageLink.href = searchPageHref('');
    const foot = el('p', 'search-foot');
    foot.append(pageLink);
    dialog.append(head, hint, status, listbox, foot);
    document.body.append(dialog);

    input.addEventListener('input', () => this.searchSoon());
    input.addEventListener('keydown', (e) => this.onKey(e));
    dialog.addEventListener('keydown', (e) => {
      // Handled here so one press closes even where the input would use Esc first.
      if (e.key === 'Escape') {
        e.preventDefault();
        this.close();
      }
    });
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      this.close();
    });
    dialog.addEventListener('close', () => this.restoreFocus());
    // A click on the backdrop lands on the dialog element itself.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) this.close();
    });
    listbox.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const option = target?.closest<HTMLElement>('[role="option"]');
      if (!option) return;
      this.go(this.options.indexOf(option), Boolean(target?.closest('.search-graph')));
    });
    listbox.addEventListener('pointermove', (e) => {
      const option = e.target instanceof Element ? e.target.closest<HTMLElement>('[role="option"]') : null;
      if (option) this.setActive(this.options.indexOf(option), false);
    });
  }

  /** Opens the dialog (or focuses it when open), remembering where focus was. */
  open(opener: Element | null): void {
    if (this.dialog.open) {
      this.input.focus();
      this.input.select();
      return;
    }
    this.opener = opener instanceof HTMLElement && opener !== document.body ? opener : null;
    this.dialog.showModal();
    this.input.focus();
    this.input.select();
    if (!this.searcher) this.load();
    else this.run();
  }

  close(): void {
    this.searchSoon.cancel();
    if (this.dialog.open) this.dialog.close();
  }

  private restoreFocus(): void {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  private load(): void {
    this.say('Loading the search index…');
    loadSearcher().then(
      (searcher) => {
        this.searcher = searcher;
        this.run();
      },
      (error: unknown) => {
        this.say(`Search could not load (${error instanceof Error ? error.message : 'unknown error'}). The search page lists every node.`);
      },
    );
  }

  private say(text: string): void {
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** Searches for what the input holds and shows the results. */
  run(): void {
    const query = this.input.value;
    this.pageLink.href = searchPageHref(query.trim());
    if (!this.searcher) return;
    const results = this.searcher.search(query, LIMIT);
    this.shownQuery = query;
    this.show(results);
    this.say(statusText(results, this.searcher.size, LIMIT));
  }

  private show(results: SearchResults): void {
    this.hits = [];
    this.options = [];
    const groups = groupByKind(results.hits).map((group, g) => {
      const box = el('div', `search-group kind-${group.kind}`);
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', `search-group-${g}`);
      const label = el('div', 'search-group-label', kindHeading(group.kind));
      label.id = `search-group-${g}`;
      label.setAttribute('role', 'presentation');
      box.append(label);
      for (const hit of group.hits) box.append(this.option(hit));
      return box;
    });
    // New results start at the top. Scrolling before the change costs nothing, as layout is still
    // clean; scrolling the first option into view afterwards would force a layout per keystroke.
    this.listbox.scrollTop = 0;
    this.listbox.replaceChildren(...groups);
    const any = this.hits.length > 0;
    this.listbox.hidden = !any;
    this.input.setAttribute('aria-expanded', String(any));
    this.active = -1;
    this.setActive(any ? 0 : -1, false);
  }

  private option(hit: SearchHit): HTMLElement {
    const option = el('div', 'search-option');
    option.id = `search-option-${this.options.length}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    const title = el('span', 'search-option-title');
    title.append(highlighted(hit.title));
    // Mouse and touch reach the graph here; keyboards use Shift+Enter, as the hint says.
    const graph = el('span', 'search-graph', 'Show in graph');
    graph.setAttribute('aria-hidden', 'true');
    option.append(title, graph, detailLine(hit, 'search-option-detail'));
    this.options.push(option);
    this.hits.push(hit);
    return option;
  }

  private setActive(index: number, scroll: boolean): void {
    if (index === this.active) return;
    this.options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!n) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.setActive(this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n, true);
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      // A search may be waiting for the typing to pause; Enter acts on what was typed.
      if (this.searcher && this.input.value !== this.shownQuery) {
        this.searchSoon.cancel();
        this.run();
      }
      if (this.active >= 0) this.go(this.active, e.shiftKey);
    }
  }

  /** Leaves for the hit's page, or for the graph centred on it. */
  private go(index: number, toGraph: boolean): void {
    const hit = this.hits[index];
    if (!hit) return;
    const target = toGraph ? graphHref(hit.doc.id) : siteHref(hit.doc.path);
    this.close();
    window.location.assign(target);
  }
}

let instance: SearchDialog | undefined;

/** Opens the search dialog, creating it on the first call. */
export function openSearch(opener: Element | null): void {
  instance ??= new SearchDialog();
  instance.open(opener);
}
